# expect: output RecursionError RecursionError RecursionError ValueError
# cpython: same
# Encoding data nested 100,000 levels deep (lists, dicts, default() returning nested objects) ends in
# RecursionError, and an unchecked self-reference too; nothing overflows the C stack.
import json
out = []
deep = []
for _ in range(100000):
    deep = [deep]
nested = {}
for _ in range(100000):
    nested = {'k': nested}
loop = []
loop.append(loop)
for value, kw in ((deep, {}), (nested, {'indent': 1}), (loop, {'check_circular': False}), (loop, {})):
    try:
        json.dumps(value, **kw)
        out.append('dumped')
    except (RecursionError, ValueError) as e:
        out.append(type(e).__name__)
print(*out)
