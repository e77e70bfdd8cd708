# fs: tmpdir
# print(..., file=f) writes through the file object; json.dump/load with files.
import json
with open('out.txt', 'w') as f:
    print('a', 1, [2], file=f)
    print('b', end='!', file=f, sep='-')
    print('flushed', file=f, flush=True)
print(repr(open('out.txt').read()))
with open('data.json', 'w') as f:
    json.dump({'k': [1, 2, {'x': None}]}, f, indent=2)
with open('data.json') as f:
    print(json.load(f))
print(open('data.json').read())
