# expect: exception TypeError
# cpython: same
data = [3, 1, 2, "a"]
data.sort(key=lambda x: data if x == "a" else x)
