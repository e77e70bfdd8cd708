# CPython's deque, OrderedDict and defaultdict are C types named 'collections.X': the interpreter's
# own messages (hash, comparisons, binary operators, attribute errors) show that dotted name, while
# __name__ stays 'X' and a subclass shows its own name.
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
show(lambda: deque.nope)
show(lambda: deque().nope)
show(lambda: OrderedDict().nope)
show(lambda: deque([1]) + 1)
for T in (deque, OrderedDict, defaultdict):
    print(T, T.__name__, T.__qualname__, T.__module__, '__moat_tp_name__' in vars(T))


class D(deque):
    pass


print(D.__name__, D([1]))
show(lambda: hash(D()))
show(lambda: D().nope)
