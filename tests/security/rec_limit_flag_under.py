# expect: output 100
# limits: --recursion-depth 200
def f(n):
    return f(n + 1) if n < 100 else n
print(f(0))
