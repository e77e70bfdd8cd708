# Realistic: an order report with dataclasses, Counter, json, groupby, namedtuple, re, f-strings.
from collections import defaultdict, Counter, namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict
from typing import List, Dict, Optional
import json, re, statistics, itertools, functools, math
from datetime import date, timedelta

@dataclass(order=True)
class Order:
    id: int
    customer: str
    items: List[str] = field(default_factory=list)
    total: float = 0.0
    placed: Optional[date] = None

orders = [
    Order(1, "alice", ["apple", "pear"], 12.5, date(2024, 1, 3)),
    Order(2, "bob", ["kiwi"], 3.25, date(2024, 1, 5)),
    Order(3, "alice", ["apple"], 4.0, date(2024, 2, 1)),
    Order(4, "carol", ["pear", "pear", "fig"], 20.0, date(2024, 2, 14)),
    Order(5, "bob", [], 0.0, None),
]
by_customer = defaultdict(list)
for o in orders:
    by_customer[o.customer].append(o)
for name, os_ in sorted(by_customer.items()):
    tot = sum(o.total for o in os_)
    print(f"{name:<8}{len(os_):>3} orders  total={tot:>8.2f}  avg={tot/len(os_):.3f}")
item_counts = Counter(it for o in orders for it in o.items)
print(item_counts.most_common(2), sum(item_counts.values()))
print(json.dumps([asdict(o) for o in orders[:2]], default=str, indent=2))
print(max(orders), min(orders, key=lambda o: o.total))
months = itertools.groupby(sorted((o for o in orders if o.placed), key=lambda o: o.placed.month), key=lambda o: o.placed.month)
for m, grp in months:
    g = list(grp)
    print(m, [o.id for o in g], statistics.mean(o.total for o in g))
Point = namedtuple("Point", "x y")
pts = [Point(i, i * i) for i in range(5)]
print(pts[2], pts[2]._asdict(), Point._fields, pts[3]._replace(y=0))
text = "Error 42 at 10:15; warning 7 at 11:00; error 3 at 12:30"
print(re.findall(r"(\w+) (\d+) at (\d+):(\d+)", text))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text))
print(functools.reduce(lambda a, b: a * b, range(1, 20)), math.comb(30, 12), math.isqrt(10**20 + 1))
d = OrderedDict(a=1, b=2); d.move_to_end('a'); print(d, list(d))
print((date(2024, 3, 1) - timedelta(days=1)).isoformat(), date(2024, 2, 29).strftime("%A %d %B %Y"))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: (-kv[1], kv[0])))
print(f"{1234567.891:,.2f} {0.000123:.2e} {255:#06x} {'x':*^9} {3.14159:g} {10**20:,}")
