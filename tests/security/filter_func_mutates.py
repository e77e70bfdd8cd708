# expect: output [1]
# cpython: same
data = [1, 2, 3]
def f(x):
    data.clear()
    return True
print(list(filter(f, data)))
