# expect: output [1, 2, 3]
# cpython: same
# sorted() copies first: mutating the source is harmless.
src = [3, 1, 2]
def key(x):
    src.clear()
    return x
print(sorted(src, key=key))
