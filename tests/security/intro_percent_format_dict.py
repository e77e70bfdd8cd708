# expect: output 1 b
# cpython: same
class D(dict):
    def __getitem__(self, k):
        self.clear()
        return {"a": 1, "b": "b"}[k]
print("%(a)s %(b)s" % D(a=0, b=0))
