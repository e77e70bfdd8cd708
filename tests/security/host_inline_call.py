# expect: output search:moat
# expect: output search:wasm 2
# expect: output body
# expect: output body
# echo-host: tool
# Host calls inside __call__ of an instance (tool objects) and inside a descriptor's Python
# __get__ (functools.cached_property computes once, then the instance dict wins).
import functools
class Tool:
    def __init__(self, name):
        self.name = name
    def __call__(self, q, n=None):
        return tool(self.name + ":" + q + ("" if n is None else " " + str(n)))
class Doc:
    @functools.cached_property
    def body(self):
        return tool("body")
search = Tool("search")
print(search("moat"))
print(search(*["wasm"], **{"n": 2}))
d = Doc()
print(d.body)
print(d.body)
