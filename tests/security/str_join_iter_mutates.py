# expect: output ab
# cpython: same
data = ["a", "b"]
def gen():
    for x in data:
        yield x
print("".join(gen()))
