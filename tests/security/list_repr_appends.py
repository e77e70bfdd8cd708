# expect: output ok
# cpython: same
class A:
    def __repr__(self):
        if len(data) < 50:
            data.append(A())
        return "a"
data = [A()]
s = repr(data)
print("ok" if s.count("a") == 50 else s)
