# Realistic: CSV-like parsing, statistics, json, textwrap, string.Template, numeric formatting.
import json, math, statistics, string, textwrap
from collections import defaultdict
csv_text = """name,dept,salary,start
Ann,Eng,120000,2019-04-01
Bob,Eng,95000,2021-07-15
Cid,Ops,70000,2018-01-20
Dee,Ops,,2022-03-03
Eve,Sales,88000.50,2020-11-30
"""
rows = [dict(zip(csv_text.splitlines()[0].split(','), line.split(','))) for line in csv_text.strip().splitlines()[1:]]
for r in rows:
    r['salary'] = float(r['salary']) if r['salary'] else None
    y, m, d = map(int, r['start'].split('-'))
    r['start'] = (y, m, d)
valid = [r for r in rows if r['salary'] is not None]
by_dept = defaultdict(list)
for r in valid:
    by_dept[r['dept']].append(r['salary'])
print(f"{'dept':<6} {'n':>2} {'mean':>10} {'median':>10} {'stdev':>9}")
for dept in sorted(by_dept):
    s = by_dept[dept]
    sd = statistics.stdev(s) if len(s) > 1 else float('nan')
    print(f"{dept:<6} {len(s):>2} {statistics.mean(s):>10,.2f} {statistics.median(s):>10,.1f} {sd:>9.2f}")
missing = [r['name'] for r in rows if r['salary'] is None]
print("missing salary:", ", ".join(missing) or "-")
senior = sorted(valid, key=lambda r: r['start'])[:2]
print([f"{r['name']}@{r['start'][0]}" for r in senior])
print(json.dumps({"total": sum(by_dept['Eng']), "depts": sorted(by_dept), "ratio": round(95000 / 120000, 4)}, separators=(',', ':')))
data = json.loads('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}, "big": 12345678901234567890}')
print(data, type(data['big']).__name__, json.dumps(data, ensure_ascii=False), json.dumps("é"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("""
    indented
      more
    back"""), textwrap.shorten("Hello  world, this is a long sentence", width=20))
t = string.Template("Hi $name, you owe ${amount}!")
print(t.substitute(name="Ann", amount="$5"), t.safe_substitute(name="Bob"), string.ascii_lowercase[:5], string.capwords("hello big world"))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.gcd(12, 18, 27), math.lcm(4, 6))
print(round(2.675, 2), round(-0.5), round(1.5), f"{2.5:.0f}", 7 // -2, -7 % 3, divmod(-7, 2), 2 ** -1, 10 / 4, int("0x1f", 16), int("  42 "))
mat = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*mat))), [sum(col) for col in zip(*mat)], [[x * y for x, y in zip(r, r)] for r in mat])
inventory = {"apple": 3, "pear": 0, "fig": 12}
print({k: v for k, v in sorted(inventory.items(), key=lambda kv: kv[1], reverse=True) if v}, inventory | {"kiwi": 1}, max(inventory, key=inventory.get))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    int("abc")
except ValueError as e:
    print(e)
