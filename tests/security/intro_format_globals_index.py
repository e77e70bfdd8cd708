# expect: output contained
# The format mini-language can follow attributes and items: it must reach nothing a plain
# expression could not, so nothing outside the program's own globals.
def f():
    pass
s = "{0.__globals__}".format(f)
if "environ" in s or "MOAT" in s:
    print("ESCAPED")
try:
    print("{0.__globals__[__builtins__]}".format(f)[:0], end="")
except KeyError:
    pass
try:
    "{0.__init__.__globals__[os]}".format(f)
except (KeyError, AttributeError):
    pass
print("contained")
