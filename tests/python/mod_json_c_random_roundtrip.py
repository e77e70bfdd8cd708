# gc-stress: every 7
# json in C: random nested documents from a seeded generator, encoded with several option sets and
# decoded back; every text is printed so the runner compares it byte for byte with CPython's.
import json
import random

rng = random.Random(20261130)
ALPHABET = ['a', 'b', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', 'ß', '\u2028',
            '€', '中', '😀', '\U0001f680', '\ud800', '\udfff', '{', ']', ',', ':']


def rand_str():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))


def rand_float():
    kind = rng.randint(0, 5)
    if kind == 0:
        return rng.random()
    if kind == 1:
        return -rng.random() * 10 ** rng.randint(-30, 30)
    if kind == 2:
        return float(rng.randint(-10 ** 6, 10 ** 6))
    if kind == 3:
        return rng.choice([0.0, -0.0, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3])
    if kind == 4:
        return rng.uniform(-1e22, 1e22)
    return rng.random() * 10 ** rng.randint(-320, 300)


def rand_int():
    kind = rng.randint(0, 3)
    if kind == 0:
        return rng.randint(-10, 10)
    if kind == 1:
        return rng.randint(-2 ** 63, 2 ** 63)
    if kind == 2:
        return rng.getrandbits(rng.randint(60, 300)) * rng.choice([1, -1])
    return rng.choice([0, -1, 2 ** 63 - 1, -2 ** 63, 10 ** 18, 10 ** 19, -10 ** 18 + 1])


def rand_value(depth):
    kind = rng.randint(0, 9 if depth < 5 else 5)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind in (1, 2):
        return rand_int()
    if kind == 3:
        return rand_float()
    if kind in (4, 5):
        return rand_str()
    if kind in (6, 7):
        return [rand_value(depth + 1) for _ in range(rng.randint(0, 5))]
    d = {}
    for _ in range(rng.randint(0, 5)):
        d[rand_str()] = rand_value(depth + 1)
    return d


OPTIONS = [
    {},
    {'sort_keys': True},
    {'indent': 2},
    {'indent': '\t', 'sort_keys': True},
    {'indent': 0},
    {'separators': (',', ':')},
    {'ensure_ascii': False},
    {'ensure_ascii': False, 'indent': 1, 'separators': (' ,', ' : ')},
]

for n in range(60):
    doc = rand_value(0)
    for opts in OPTIONS:
        text = json.dumps(doc, **opts)
        back = json.loads(text)
        again = json.dumps(back, **opts)
        print(n, ascii(text) if opts.get('ensure_ascii') is False else text, again == text)
    print(n, ascii(json.loads(json.dumps(doc))))
    print(n, ascii(json.loads(json.dumps(doc, ensure_ascii=False))))

# the same documents decoded with hooks and custom number parsers
rng.seed(7)
for n in range(20):
    doc = [rand_value(1) for _ in range(3)]
    text = json.dumps(doc)
    print(n, ascii(json.loads(text, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s)))
    print(n, ascii(json.loads(text, object_pairs_hook=lambda p: ['P'] + p)))
    print(n, ascii(json.loads(text, object_hook=lambda d: sorted(d.items()))))
    print(n, json.JSONDecoder().raw_decode('  ' + text + ' tail', 2)[1], len(text))

# a bigger document (a list of records), both ways
records = [{'id': i, 'name': rand_str(), 'score': rand_float(), 'tags': [rand_str() for _ in range(3)],
            'ok': i % 3 == 0, 'parent': None if i % 5 else i // 5, 'meta': {'n': rand_int()}} for i in range(400)]
text = json.dumps(records)
print(len(text), hash(text) == hash(json.dumps(json.loads(text))), json.loads(text) == records)
print(text[:300])
print(text[-300:])
