# expect: output done
# cpython: same
def f():
    try:
        raise ValueError
    except ValueError as e:
        err = e
        return err
for i in range(5000):
    e = f()
    e.self = e
print("done")
