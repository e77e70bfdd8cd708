# json in C: the JSONDecodeError (message, pos, lineno, colno) of about a hundred malformed
# documents, positions counted in characters also after non-ASCII text, plus the other
# exceptions loads can raise (RecursionError, int digit limit, hooks that fail).
import json
import sys

DOCS = [
    '', ' ', '\n', '\t\r\n ', 'x', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1,,2]', '[1 2]', '[1:2]',
    '{"a"}', '{"a":}', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{,}', '{"a":1,,}', '{1:1}', "{'a':1}",
    '{"a":1}}', '[1]]', '[[1]', '{"a":[}', '{"a":{"b":}}', '[{"a":1},]', '{"a":1, "b"}', '{"a"\n:\n}',
    'nul', 'nulll', 'tru', 'True', 'fals', 'None', 'nan', 'inf', 'Infinity1', '-Infinit', '-', '--1', '-x',
    '+1', '.5', '1.', '1.e5', '1e', '1e+', '1E-', '01', '00', '-01', '0x10', '1_000', '1 1', '[1.5.2]',
    '"abc', '"abc\\"', '"\\', '"\\u', '"\\u1', '"\\u12', '"\\u123', '"\\u123"', '"\\uZZZZ"', '"\\u 123"',
    '"\\u+123"', '"\\U0041"', '"\\x41"', '"\\a"', '"\\\'"', '"a\nb"', '"a\tb"', '"a\x00b"', '"a\x1fb"',
    '"\\ud800\\u12"', '"\\ud800\\x"', '"\\ud800\\', '"é\\q"', '"€€€', '["é", 1 2]', '{"中": 1, "文" 2}',
    '[\n  1,\n  2\n  3\n]', '{\n  "a": 1,\n\n  "b": \n}', '\n\n\n   @', '"😀" x', '["😀😀", nul]',
    '[1]\n\n x', '\ufeff[]', '\ufeff', '[\ufeff]', '"\u2028" 1', '[1] // comment', '/* c */ 1',
    '{"a": 1} {"b": 2}', 'true false', '[true, falsee]', '"ok"\x00', '\x00',
]

for doc in DOCS:
    try:
        print(ascii(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(ascii(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

print('count', len(DOCS))

# strict=False lets control characters through; other errors are unchanged
for doc in ['"a\nb"', '"\x00\x1f"', '["a\tb", "c\rd"]', '"a\nb', '"\t\\q"']:
    try:
        print(ascii(doc), ascii(json.loads(doc, strict=False)))
    except json.JSONDecodeError as e:
        print(ascii(doc), type(e).__name__, e)

# raw_decode: start offsets and end positions in characters
dec = json.JSONDecoder()
for s, i in [('[1] x', 0), ('éé[1, "ü"] x', 2), ('éé{"a": 1}', 2), ('ab', 2), ('ab', 5), ('1', 1), ('中 1', 1),
             (' 1', 0), ('  "😀" 2', 2), ('x{"a"', 1), ('[1]', -1), ('éé', 5), ('é\n[1,', 1)]:
    try:
        print(ascii(s), i, ascii(dec.raw_decode(s, i)))
    except (json.JSONDecodeError, ValueError) as e:
        print(ascii(s), i, type(e).__name__, e)
try:
    dec.raw_decode('[1]', 1.0)
except TypeError as e:
    print(type(e).__name__, e)

# errors that are not JSONDecodeError
for n in (100, 500, 100000):
    for doc in ('[' * n + ']' * n, '{"a":' * n + '1' + '}' * n):
        try:
            v = json.loads(doc)
            depth = 0
            while isinstance(v, (list, dict)) and v:
                v = v[0] if isinstance(v, list) else v['a']
                depth += 1
            print(n, 'ok', depth)
        except RecursionError as e:
            print(n, type(e).__name__, e)
for digits in (4300, 4301, 5000):
    try:
        print(digits, json.loads('-' + '7' * digits) % 1000)
    except ValueError as e:
        print(digits, type(e).__name__, e)
sys.set_int_max_str_digits(6000)
print(json.loads('7' * 5000) % 1000, json.loads('[1e400, -1e400, 1e-400, -0.0, 123456789012345678901234567890.5]'))
sys.set_int_max_str_digits(4300)


def bad_hook(d):
    raise KeyError('hook')


for kw in ({'object_hook': bad_hook}, {'object_pairs_hook': bad_hook}, {'parse_float': bad_hook},
           {'parse_int': bad_hook}, {'parse_constant': bad_hook}, {'parse_int': float}):
    try:
        print(sorted(kw), json.loads('[{"a": 1.5, "b": 2, "c": NaN}]', **kw))
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)
for s in (5, None, b'[1, "\xc3\xa9"]', bytearray(b'{"a": 1}'), b'\xff', '[1]'):
    try:
        print(ascii(s), ascii(json.loads(s)))
    except Exception as e:
        print(ascii(s), type(e).__name__, e)
for f in (lambda: json.JSONDecoder().decode(5), lambda: json.JSONDecoder().raw_decode(5),
          lambda: json.JSONDecoder().decode('[1] 2')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
