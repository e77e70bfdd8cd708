# Known gap: CPython's deque, OrderedDict and defaultdict are C types named 'collections.X', and the
# interpreter's own TypeError messages (hash, comparisons, binary operators) show that dotted name;
# Moat's Python classes show only 'X' (the core formats type->name).
from collections import deque, OrderedDict, defaultdict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: hash(OrderedDict()))
show(lambda: OrderedDict(a=1) | 3)
show(lambda: defaultdict(int) | 1)
show(lambda: deque([1]) < [1])
show(lambda: hash(deque()))
