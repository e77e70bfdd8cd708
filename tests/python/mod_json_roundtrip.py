# json dumps/loads options and decoder error messages
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}, "u": "é\u2603\U0001F600\n\t\"", 5: "five", 1.5: 2, False: 0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": [1, 2, []], "c": {}}, sort_keys=True, indent=4))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")), json.dumps(1e100), json.dumps(10**30), json.dumps(0.1))
print(json.dumps((1, 2)), json.dumps("x\x00\x1f\x7f"), json.dumps(set([1]) , default=list))
for bad in [set(), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads('  [1, 2]  '), json.loads('"x"'), json.loads('-0'), json.loads('1E3'), json.loads('NaN'))
print(json.loads(b'[1]'), json.loads('{}'), json.loads('[]'))
for bad in ['', '  ', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1,}', '[1,]', '[1 2]', '{1: 2}', '"abc', '"a\\qb"', '"\\u12"', '[1] x', 'tru', '"a\nb"', '{"a" 1}', '01', '-', '[', '{"a":1 "b":2}', '\n\n  nul']:
    try:
        json.loads(bad)
        print("no error", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('1.5', parse_float=str))
print(json.dumps(json.loads(json.dumps(data))) == json.dumps(data))
json.loads('[')
