# expect: output [1, 2, 3]
# cpython: same
# The key drops the only global reference; the sort must keep the list alive.
holder = {"l": [3, 1, 2]}
def key(x):
    holder.pop("l", None)
    return x
lst = None
def run():
    l = holder["l"]
    l.sort(key=key)
    return l
print(run())
