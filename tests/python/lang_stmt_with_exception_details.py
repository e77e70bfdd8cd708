class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et and et.__name__, repr(ev), type(tb).__name__)
        return True
def f():
    with CM():
        return "returned"
print(f())
with CM():
    1 / 0
for i in range(2):
    with CM():
        if i == 0:
            continue
        raise KeyError(i)
print("end")
class Enter:
    def __enter__(self): raise ValueError("enter fails")
    def __exit__(self, *a): print("not called")
try:
    with Enter():
        pass
except ValueError as e:
    print(e)
