# copy/deepcopy of datetime values and of classes that define __reduce__.
import copy
from datetime import date, datetime, time, timedelta, timezone
vals = [date(2024,1,3), datetime(2024,1,3,4,5,6,7, tzinfo=timezone.utc), time(1,2,3), timedelta(days=3, seconds=5),
        timezone(timedelta(hours=2), 'X'), {'d': [date(2020, 2, 29)]}]
for v in vals:
    c, dc = copy.copy(v), copy.deepcopy(v)
    print(repr(c), repr(dc), c == v, dc == v, type(dc).__name__)
class P:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (P, (self.a * 2,))
print(copy.deepcopy(P(3)).a, copy.copy(P(4)).a)
from datetime import *
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc, timezone(timedelta(hours=1)))
