# Inside a comprehension the innermost frame is the comprehension's: its own variables (x), then
# globals, then builtins; the enclosing function's 'lst' is not searched, so 'list' is suggested.
def f():
    lst = [1, 2]
    print([x * 2 for x in lst])
    return [lsst for x in lst]

f()
