# expect: output 5
# cpython: same
data = [1, 2]
def gen():
    data.clear()
    yield 1
    yield 2
    yield 3
    data.append(9)
    yield 4
data.extend(gen())
print(len(data))
