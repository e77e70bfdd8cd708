def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fib(20))
print(fact(20), fact(50))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
