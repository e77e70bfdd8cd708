print("never printed")
s = "abc
