# json: loads/JSONDecoder: values, hooks, strict mode, raw_decode, and every JSONDecodeError with its
# message, position, line and column (also across lines) and its attributes.
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {}}'))
print(json.loads(' [NaN, Infinity, -Infinity, 1E+2, 0, -0, -0.0, 12345678901234567890] '))
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('"\\/\\b\\f\\r\\t\\"\\\\"'), json.loads(b'[1]'), json.loads(bytearray(b'{}')))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx{}', 2))
docs = ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b"}', '{1: 2}', '{"a":1,', '"abc',
        '"a\\x"', '"\\u12"', '"\\uZZZZ"', '"a\tb"', '"a\nb"', '[1]x', '1 2', 'nul', 'tru', '-', '-x', '01', '1.', '1e', '.5', '+1',
        '[\n  1,\n  ]', '{\n"a": 1\n\n,}', '\ufeff[]', 'Infinit', '[-Infinity, -NaN]', '"\\', '"\\u', '\n\n   x', '[1,\n2,\nfalsy]', '{"a" :\n 1 ,\n "b"\n  }', '"\\ud800"', '"\\udc00\\ud800x"']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc, e.args)
e = json.JSONDecodeError("Oops", "ab\ncd\nef", 7)
print(e, e.msg, repr(e.doc), e.pos, e.lineno, e.colno, isinstance(e, ValueError), type(e).__name__)
print(str(json.JSONDecodeError("M", "", 0)), json.JSONDecodeError("M", "x\r\ny", 3).colno, json.JSONDecodeError("M", "\n\n", 2).lineno)
for call in ("json.loads(5)", "json.loads(None)", "json.loads('[1]', bogus=1)", "json.JSONDecoder().raw_decode('[1]', 5)", "json.loads(b'\\xff')"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(json.JSONEncoder, json.JSONDecoder, json.JSONDecodeError)
