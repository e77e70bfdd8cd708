# expect: output 20
# limits: --instructions 100000000
# cpython: same
def f():
    f()
n = 0
for i in range(20):
    try:
        f()
    except RecursionError:
        n += 1
print(n)
