# expect: output None
# cpython: same
holder = [[3, 1, 2] * 30]
def key(x):
    holder.clear()
    bytes_ = [bytearray(100) for _ in range(50)]
    return x
print(holder[0].sort(key=key))
