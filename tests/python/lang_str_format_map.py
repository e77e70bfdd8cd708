class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{a} {zz}".format_map(D(a=1)))
