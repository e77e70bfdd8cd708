# from m import * binds public names (honouring __all__)
from math import *
print(pi, e, floor(3.5), ceil(3.5), sqrt(16.0))
from json import *
print(dumps({"a": 1}), loads("[1, 2]"))
print("JSONDecodeError" in dir(), "_skip_ws" in dir())
from string import *
print(ascii_lowercase, capwords("x y"))
