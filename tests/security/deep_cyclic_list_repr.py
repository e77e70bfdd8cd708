# expect: output [1, [...]]
# cpython: same
a = [1]
a.append(a)
print(a)
