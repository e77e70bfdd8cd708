# pprint: a SimpleNamespace that contains itself (needs types.SimpleNamespace.__repr__ to print
# "namespace(...)" on recursion, as CPython's does)
import pprint
from types import SimpleNamespace
ns = SimpleNamespace(x=list(range(8)))
ns.me = ns
for width in (12, 200):
    print(pprint.pformat(ns, width=width))
print(repr(ns))
