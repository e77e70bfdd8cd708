# expect: output 5000
# cpython: same
src = "def f(" + ", ".join("a%d" % i for i in range(5000)) + "):\n    return a4999 + 1\n"
ns = {}
exec(src, ns)
print(ns["f"](*range(5000)))
