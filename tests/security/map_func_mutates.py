# expect: output [1]
# cpython: same
data = [1, 2, 3]
def f(x):
    data.clear()
    return x
print(list(map(f, data)))
