class Empty(Exception): pass
class Nested:
    class Inner(ValueError): pass
try:
    raise Nested.Inner("inner msg")
except ValueError as e:
    print(type(e).__qualname__, e)
raise Empty
