m = __import__("math")
print(m.sqrt(9), m.__name__)
try:
    __import__("no_such_mod_here")
except ModuleNotFoundError as e:
    print(e)
