# expect: output done
# cpython: same
def outer():
    def inner():
        return inner
    return inner
for i in range(10000):
    outer()
print("done")
