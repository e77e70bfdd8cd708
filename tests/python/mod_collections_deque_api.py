# deque: maxlen, append/pop both ends, extend/extendleft, rotate, index/insert/remove/count,
# indexing, del, comparisons, + and *, repr, copy, errors, as CPython 3.11.
from collections import deque
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
print(d, repr(deque()), deque('ab', 5), deque(maxlen=2), deque([], 0), d.maxlen, deque('abc', 2).maxlen)
show(lambda: deque('ab', -1))
show(lambda: deque('ab', 'x'))
show(lambda: deque('ab', 2.0))
show(lambda: deque(5))
show(lambda: deque(1, 2, 3))
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
e = deque()
show(lambda: e.pop())
show(lambda: e.popleft())
show(lambda: e[0])
show(lambda: d[10])
show(lambda: d[-10])
show(lambda: d['x'])
show(lambda: d[1:2])
d.extend('xy'); d.extendleft('ab'); print(d)
d.extend(d); print(d)
d.extendleft(d); print(len(d), d[0], d[-1])
m = deque(range(5), maxlen=3); print(m)
m.append(9); print(m); m.appendleft(-1); print(m); m.extend([7, 8]); print(m); m.extendleft([1, 2]); print(m)
m.insert(0, 'x') if len(m) < 3 else show(lambda: m.insert(0, 'x'))
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); z.appendleft(3); print(z)
r = deque(range(6))
r.rotate(); print(r); r.rotate(2); print(r); r.rotate(-3); print(r); r.rotate(13); print(r); r.rotate(-13); print(r)
deque().rotate(5)
show(lambda: r.rotate('a'))
q = deque('abcabc')
print(q.index('b'), q.index('b', 2), q.index('c', -2), q.index('a', 1, 4), q.count('a'), q.count('z'))
show(lambda: q.index('z'))
show(lambda: q.index('a', 4, 5))
q.insert(1, 'X'); q.insert(-1, 'Y'); q.insert(100, 'E'); q.insert(-100, 'S'); print(q)
q.remove('a'); print(q)
show(lambda: q.remove('nope'))
del q[0]; del q[-1]; print(q)
q[0] = 'first'; q[-1] = 'last'; print(q)
show(lambda: q.__setitem__(50, 1))
show(lambda: q.__delitem__(50))
q.reverse(); print(q, list(reversed(q)), 'X' in q, 'none' in q)
q.clear(); print(q, bool(q), len(q))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]),
      deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]),
      deque('a', 3) == deque('a'), deque([1]) != deque([2]))
print(deque([1, 2]) + deque([3]), deque('ab', 3) + deque('cd'), deque('ab') * 2, 2 * deque('ab'), deque('abc', 4) * 2)
show(lambda: deque([1]) + [2])
a = deque([1]); a += [2, 3]; print(a); a *= 2; print(a)
a2 = deque('xy', 3); a2 *= 3; print(a2)
c = d.copy(); print(c == d, c is d, copy.copy(m), copy.deepcopy(deque([[1]], 4)), deque(m).maxlen)
s = deque(); s.append(s); print(s)
it = iter(deque([1, 2]))
print(next(it), list(it))
w = deque([1, 2, 3])
show(lambda: [w.append(0) for _ in w])


class D(deque):
    pass


print(D('ab'), D('ab', 1), type(D('ab').copy()).__name__, isinstance(D(), deque))
print(deque.__name__, deque([None, 'x', 1.5, (1,)]), sum(deque(range(10))), sorted(deque([3, 1, 2])))
for f in (lambda: hash(deque()), lambda: deque([1]) < [1], lambda: deque() > 3):
    try:
        f()
    except TypeError:
        print('TypeError')
    except NameError:
        print('NameError')
