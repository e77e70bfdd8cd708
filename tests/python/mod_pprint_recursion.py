# pprint: recursive structures, isrecursive/isreadable/saferepr, depth
import pprint
a = [1, 2]
a.append(a)
d = {'self': None, 'list': list(range(20))}
d['self'] = d
def show(s, *objs):
    for o in objs:
        s = s.replace(str(id(o)), 'ID')
    print(s)
show(pprint.pformat(a), a)
show(pprint.pformat(d, width=30), d)
show(pprint.saferepr(a), a)
show(pprint.saferepr(d), d)
show(pprint.pformat([a, a, (a,)], width=20), a)
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]), pprint.isreadable(object()), pprint.isreadable([len]))
b = [1, 2]
print(pprint.pformat([b, b, {'x': b}]), pprint.isrecursive([b, b]))
pp = pprint.PrettyPrinter(depth=2)
print(pp.pformat([1, [2, [3, [4]]], {'a': {'b': {}}}]), pp.isrecursive(a), pp.isreadable([1]))
print(pp.format([1, [2, [3]]], {}, 1, 0))
print(pprint.PrettyPrinter().format({'a': [1]}, {}, 0, 0))
