# expect: output got:a
# expect: output set b=1
# expect: output del c
# expect: output True False False True
# expect: output 7
# echo-host: tool
# Host calls inside __getitem__/__setitem__/__delitem__/__contains__ run inline (they pause the
# run like a call in the program itself); a dict subclass with super() too.
class Tools:
    def __getitem__(self, k):
        return tool("got:" + k)
    def __setitem__(self, k, v):
        print(tool("set " + k + "=" + str(v)))
    def __delitem__(self, k):
        print(tool("del " + k))
    def __contains__(self, k):
        return tool(k == "yes")
t = Tools()
print(t["a"])
t["b"] = 1
del t["c"]
print("yes" in t, "no" in t, "yes" not in t, "no" not in t)
class Cfg(dict):
    def __getitem__(self, k):
        return tool(super().__getitem__(k))
print(Cfg(x=7)["x"])
