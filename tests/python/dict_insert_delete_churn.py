# Insert/delete churn must not fill the hash index with deleted slots (a lookup of a missing key
# used to loop forever inside one instruction).
d = {}
for i in range(20000):
    d[i] = 1
    del d[i]
print(12345 in d, len(d))
d = {i: i for i in range(50)}
for j in range(5000):
    d.popitem()
    d[j + 1000] = j
print(len(d), 5 in d, -1 in d, d.get(-7))
s = set()
for i in range(20000):
    s.add(i)
    s.discard(i)
print(12345 in s, len(s))
