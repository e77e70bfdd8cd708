print(1 == 1.0, 1 == "1", None == 0, [] == (), (1, 2) == [1, 2])
print([1, 2] < [1, 2, 3], (1, "a") < (1, "b"), "abc" < "abd")
try:
    1 < "1"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
