# expect: output 30000
# cpython: same
s = set()
for i in range(30000):
    s.add("k%d" % i)
print(len(s))
