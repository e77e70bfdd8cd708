def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
print(fact(30))
print(fact(60))
print(len(str(fact(100))))
print(fact(25) // fact(23))
