# csv.writer: every quoting mode, doublequote, escapechar, lineterminator, the values written for
# None/numbers/other objects, the single-empty-field rule, errors, and writerow's return value.
import csv
import io
from fractions import Fraction


class Obj:
    def __str__(self):
        return 'obj,"str"'


ROWS = [
    [], [''], [None], ['', ''], [None, None],
    [1, 2.5, None, 'a', True, 1e100, float('nan'), -0.0, 10 ** 20, 3 + 4j, Fraction(1, 2)],
    ['a,b', 'c"d', 'e\nf', 'g\rh', ' i', 'j ', '\\', "'", '\t', 'x;y', ''],
    [b'abc', Obj()], ['a\x00b', '\u00e9\u20ac'], ['a', 'b\r\nc'], ['"', '""', '"a"'],
]
KWS = [
    {}, dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
    dict(quoting=csv.QUOTE_NONE), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
    dict(doublequote=False), dict(doublequote=False, escapechar='\\'), dict(escapechar='\\'),
    dict(lineterminator='x;'), dict(lineterminator='\n', delimiter='\t'), dict(quotechar="'"),
    dict(quotechar=None, escapechar='\\'), dict(escapechar='"'),
    dict(escapechar='"', doublequote=False), dict(escapechar=',', doublequote=False),
    dict(quoting=csv.QUOTE_NONE, escapechar='\\', quotechar='\\'), dict(dialect='unix'),
    dict(dialect='excel-tab', quoting=csv.QUOTE_ALL),
]
for kw in KWS:
    print(kw)
    for row in ROWS:
        s = io.StringIO()
        w = csv.writer(s, **kw)
        try:
            n = w.writerow(row)
            print('  ', n, repr(s.getvalue()))
        except Exception as e:
            print('  ', type(e).__name__, e, repr(s.getvalue()))

s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['a', 1], ('b', 2), 'cd', iter([3, 4]), range(3), {'k': 1}]))
print(repr(s.getvalue()))
print(w.dialect.delimiter, w.dialect.lineterminator == '\r\n', type(w).__name__)


def gen():
    yield 1
    raise KeyError('x')


class BadStr:
    def __str__(self):
        raise ValueError('bad str')


for row in (1, None, gen(), [BadStr()], ['ok', BadStr()]):
    try:
        print(w.writerow(row))
    except Exception as e:
        print(type(e).__name__, e)
for rows in (3, [3], [['x'], 5]):
    try:
        w.writerows(rows)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(s.getvalue()))
for args, kw in (((), {}), ((['a'], ['b']), {}), ((), {'row': ['a']})):
    try:
        w.writerow(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        w.writerows(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return 'wrote %d' % len(text)


sink = Sink()
w = csv.writer(sink, delimiter='|')
print(w.writerow(['a', 'b|c']), w.writerows([['d'], ['e']]), sink.parts)


class NoWrite:
    write = 5


for target in (3, NoWrite(), None):
    try:
        csv.writer(target)
    except TypeError as e:
        print(type(e).__name__, e)


class Failing:
    def write(self, text):
        raise OSError('disk full')


try:
    csv.writer(Failing()).writerow(['a'])
except OSError as e:
    print(type(e).__name__, e)
try:
    w.dialect = None
except AttributeError as e:
    print(type(e).__name__, e)
