# expect: output fetched
# expect: output stored 5
# expect: output deleted
# expect: output ga:missing
# expect: output fallback:p2
# expect: output FETCHED
# echo-host: fetch
# Host calls inside property getters/setters/deleters and __getattr__ (also a getter's
# AttributeError falling back to __getattr__, and LOAD_METHOD on a property's value).
class Api:
    @property
    def data(self):
        return fetch("fetched")
    @data.setter
    def data(self, v):
        print(fetch("stored " + str(v)))
    @data.deleter
    def data(self):
        print(fetch("deleted"))
class Lazy:
    @property
    def p2(self):
        fetch("x")
        raise AttributeError("p2")
    def __getattr__(self, name):
        return fetch("ga:" + name) if name != "p2" else fetch("fallback:" + name)
a = Api()
print(a.data)
a.data = 5
del a.data
print(Lazy().missing)
print(Lazy().p2)
print(a.data.upper())
