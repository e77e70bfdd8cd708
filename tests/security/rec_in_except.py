# expect: exception RecursionError
# CPython 3.11 loses sys.stderr here; the sandbox reports RecursionError.
def f():
    try:
        raise ValueError
    except ValueError:
        f()
f()
