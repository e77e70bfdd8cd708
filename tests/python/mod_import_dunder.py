# __import__ and the module type
m = __import__('math')
print(m.sqrt(4), m is __import__('math'))
p = __import__('os.path')
print(p.__name__)
leaf = __import__('os.path', fromlist=['join'])
print(leaf is p.path, leaf.join('a', 'b'))
try:
    __import__('nope_nope')
except ModuleNotFoundError as e:
    print(e)
try:
    __import__('')
except ValueError as e:
    print(e)
import json
print(type(json).__name__, json.__name__, type(m) is type(json))
ModuleType = type(json)
mod = ModuleType('mine')
mod.x = 5
print(mod.__name__, mod.x)
try:
    json.nothing
except AttributeError as e:
    print(e)
