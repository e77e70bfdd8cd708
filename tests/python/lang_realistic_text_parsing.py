log = """2024-01-03 10:00:01 INFO  user=ana action=login
2024-01-03 10:02:17 WARN  user=bo action=retry count=3
2024-01-03 10:05:00 ERROR user=ana action=upload size=1.5MB reason="disk full"
malformed line here
2024-01-04 08:00:00 INFO  user=cy action=login
"""
import re
pat = re.compile(r'(\d{4}-\d{2}-\d{2}) (\S+) (\w+)\s+(.*)')
records, bad = [], 0
for line in log.splitlines():
    m = pat.match(line)
    if not m:
        bad += 1
        continue
    date, time, level, rest = m.groups()
    fields = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', rest))
    fields = {k: v.strip('"') for k, v in fields.items()}
    records.append({"date": date, "level": level, **fields})
print(len(records), "bad:", bad)
for r in records:
    print(f"{r['date']} {r['level']:<5} {r['user']:>4} {r.get('reason', '-')}")
words = "the quick brown the lazy the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
csv = "name,age,city\nAna,31,Lisbon\nBo,,Oslo\n"
rows = [dict(zip(csv.splitlines()[0].split(","), l.split(","))) for l in csv.splitlines()[1:]]
print(rows, [int(r["age"]) if r["age"] else None for r in rows])
