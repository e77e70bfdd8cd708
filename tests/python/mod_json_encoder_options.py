# json: dumps/JSONEncoder options: separators, indent (int, str, 0, negative), sort_keys, skipkeys,
# ensure_ascii, default (function and subclass), allow_nan, check_circular, the attributes an
# encoder keeps, and the errors they raise.
import json

data = {"b": [1, 2.5, None, True, False], "a": {"z": "é\u2603\U0001f600\n\"\\/", "y": []}, "c": {}, 3: "int key", 1.5: "f", None: "n", False: "b"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, ensure_ascii=False))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps([1, [2, {}], {"k": [[]]}], indent=0))
print(json.dumps([1, [2, {"x": 1}]], indent="\t"))
print(json.dumps([1, {"x": 1}], indent=-1))
print(json.dumps({"x": [1, 2]}, separators=(",", ":")), json.dumps({"x": [1, 2]}, indent=1, separators=(" ,", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"e": 1, "d": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True), json.dumps([float("inf"), float("-inf"), float("nan"), 1e16, -0.0, 1.0, 123456789.125]))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=3).encode([{1}]))
print(json.JSONEncoder().__dict__, json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(json.JSONEncoder(indent=2).__dict__)
print(sorted(json.JSONEncoder(separators=(";", "=")).__dict__.items()))
print("default" in json.JSONEncoder(default=str).__dict__, json.JSONEncoder(default=repr).encode(object) [:7])
print(list(json.JSONEncoder().iterencode([1, "a"]))[:1] != [], "".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [2]})))
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
print(json.dumps([IntSub(5), FloatSub(2.5), StrSub("s"), {IntSub(1): 1, FloatSub(0.5): 2}]), json.dumps((1, 2)), json.dumps("\x00\x1f\x7f"))
loop = []; loop.append(loop)
dloop = {}; dloop["k"] = dloop
for call in ("json.dumps(loop)", "json.dumps(dloop)", "json.dumps(float('nan'), allow_nan=False)", "json.dumps([float('inf')], allow_nan=False)",
             "json.dumps(object())", "json.dumps({(1, 2): 1})", "json.dumps({'a': 1, 2: 3}, sort_keys=True)", "json.dumps(b'x')",
             "json.dumps([1], indent=2.5)", "json.dumps({1j: 2})", "json.dumps(Point(1, 2), cls=Enc)", "json.dumps(1, bogus=1)", "json.JSONEncoder(True)", "json.JSONEncoder(bogus=1)", "json.JSONEncoder(separators=(1,))"):
    try:
        print(call, json.loads(eval(call)) if False else eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
