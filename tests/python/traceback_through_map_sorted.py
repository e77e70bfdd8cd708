# A traceback through map(), sorted(key=...) and any() over a generator shows only the program's
# frames, as CPython's C builtins leave no line of their own.
import re
import traceback

def parse(s):
    return int(s)

def show(fn):
    try:
        fn()
    except Exception:
        print(re.sub(r'File ".*?", ', 'File F, ', traceback.format_exc()))

show(lambda: list(map(parse, ["1", "x"])))
show(lambda: sorted(["2", "y"], key=parse))
show(lambda: max(["2", "y"], key=parse))
show(lambda: any(parse(s) for s in ["1", "z"]))
def loop():
    for v in map(parse, ["1", "w"]):
        print("item", v)
show(loop)
show(lambda: next(parse(s) for s in ["q"]))
show(lambda: next(map(parse, ["r"]), None))
show(lambda: next(iter([])))
show(lambda: next(x for x in []))
for i, v in enumerate(parse(s) for s in ["1", "2", "v"]):
    print(i, v)
