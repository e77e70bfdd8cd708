# expect: exception RecursionError
# limits: --recursion-depth 50
def f(n):
    return f(n + 1) if n < 100 else n
print(f(0))
