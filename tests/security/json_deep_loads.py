# expect: output RecursionError RecursionError RecursionError ok
# cpython: same
# A document nested a million levels deep must end in RecursionError (the C scanner takes one level
# of the C recursion budget per array/object), never in a C stack overflow.
import json
out = []
for doc in ('[' * 1000000, '{"a":' * 1000000, '[{"a":' * 500000 + '1' + '}]' * 500000):
    try:
        json.loads(doc)
        out.append('loaded')
    except RecursionError:
        out.append('RecursionError')
out.append('ok' if json.loads('[' * 200 + ']' * 200) else 'empty')
print(*out)
