# expect: output done
# cpython: same
for i in range(2000):
    class C:
        pass
    C.me = C
print("done")
