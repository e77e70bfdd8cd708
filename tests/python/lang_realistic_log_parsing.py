# Realistic: parsing a log with regular expressions and printing a table.
import re
from collections import Counter
log = """2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  user=bob action=login ip=10.0.0.2 attempts=3
2024-03-01 12:01:00 ERROR user=alice action=upload size=12MB error="disk full"
2024-03-01 12:02:10 INFO  user=carol action=logout
malformed line here
2024-03-01 12:03:00 ERROR user=bob action=upload size=1MB error="timeout"
"""
pat = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$')
kv = re.compile(r'(\w+)=("[^"]*"|\S+)')
records, bad = [], []
for i, line in enumerate(log.splitlines(), 1):
    m = pat.match(line)
    if not m:
        bad.append(i); continue
    rec = m.groupdict()
    rec.update({k: v.strip('"') for k, v in kv.findall(rec.pop('rest'))})
    records.append(rec)
print(f"{len(records)} records, bad lines: {bad}")
levels = Counter(r['level'] for r in records)
for lvl, n in sorted(levels.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {lvl:<6}{'#' * n} ({n})")
errors = [r for r in records if r['level'] == 'ERROR']
print("errors:", "; ".join(f"{r['user']}: {r['error']!r}" for r in errors))
def parse_size(s):
    m = re.fullmatch(r'(\d+(?:\.\d+)?)([KMG]?B)', s)
    num, unit = float(m[1]), m[2]
    return num * {'B': 1, 'KB': 1024, 'MB': 1024**2, 'GB': 1024**3}[unit]
sizes = {r['user']: parse_size(r['size']) for r in records if 'size' in r}
print(sizes, f"{sum(sizes.values()) / 2**20:.1f} MiB")
table = [("user", "events", "last")]
users = sorted({r['user'] for r in records})
for u in users:
    evs = [r for r in records if r['user'] == u]
    table.append((u, str(len(evs)), evs[-1]['time']))
widths = [max(len(row[i]) for row in table) for i in range(3)]
for j, row in enumerate(table):
    print(" | ".join(c.ljust(w) for c, w in zip(row, widths)))
    if j == 0:
        print("-+-".join("-" * w for w in widths))
words = re.split(r'\W+', log.lower())
print(Counter(w for w in words if w and not w.isdigit()).most_common(3))
print(re.sub(r'(?P<k>\w+)=(?P<v>\S+)', r'\g<v>:\g<k>', "a=1 b=2"), re.escape("a.b*c"), re.split(r'(,)', "x,y"))
print("title case".title(), "  pad ".strip().center(11, '.'), "a,b,,c".split(','), "x".join("abc"))
s = "The quick brown fox jumps over the lazy dog"
print({c: s.lower().count(c) for c in "aeiou"}, sorted(set(s.lower()) - set(" ")) [:5], s[::-1][:9])
print("%-10s|%5.1f|%03d|%x|%r" % ("left", 3.14159, 7, 255, "q"), "{0}{1}{0}".format("ab", "cd"))
