import functools
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for i in range(times):
                try:
                    return fn(*a, **kw)
                except ValueError:
                    print("retry", i)
            return None
        return wrapper
    return deco
calls = {"n": 0}
@retry(3)
def flaky(x):
    """Flaky doc."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError
    return x * 2
print(flaky(21), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
