# Only an exact NameError/AttributeError gets a suggestion (CPython 3.11): not a subclass, and not
# UnboundLocalError (whose name attribute stays None).
class MyNameError(NameError):
    pass

def f():
    valu = 1
    del valu
    return valu

try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__)
raise MyNameError("custom", name="prnt")
