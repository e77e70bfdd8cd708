# expect: output False 0
# cpython: same
# Hash-table churn: deleted slots must never fill the index table (a missing-key lookup would spin
# inside one instruction, where no limit can stop it).
d = {}
for i in range(50000):
    d[i] = 1
    del d[i]
print(12345 in d, len(d))
