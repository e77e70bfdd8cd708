# expect: exception RecursionError
# cpython: same
def f():
    try:
        pass
    finally:
        f()
f()
