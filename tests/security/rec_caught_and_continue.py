# expect: output caught
# expect: output 5
# cpython: same
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("caught")
def g(n):
    return n if n == 5 else g(n + 1)
print(g(0))
