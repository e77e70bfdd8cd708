x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 < 3 < 2)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(1 != 2 != 1, "a" < "b" <= "b")
