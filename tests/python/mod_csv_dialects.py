# csv dialects: the built-in ones, register/get/unregister/list, Dialect subclasses, format
# parameter validation (CPython's TypeError texts and the order checks happen in), read-only
# _csv.Dialect objects, and dialect objects passed to reader/writer.
import csv
import io

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.list_dialects()))
ATTRS = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
         'lineterminator', 'quoting', 'strict')


def attrs(d):
    return [getattr(d, a) for a in ATTRS]


for name in ('excel', 'excel-tab', 'unix'):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, type(d).__module__, attrs(d))
print(csv.get_dialect('excel') is csv.get_dialect('excel'))
print(csv.excel.__name__, csv.excel_tab.__mro__[1].__name__, csv.unix_dialect.quoting,
      csv.excel_tab.delimiter == '\t', issubclass(csv.excel, csv.Dialect))
print([getattr(csv.Dialect, a) for a in ATTRS[:7]], csv.Dialect._name, csv.Dialect._valid)
print(csv.excel()._valid, csv.excel().delimiter)


def check(label, f):
    try:
        r = f()
        print(label, 'OK', r)
    except Exception as e:
        print(label, type(e).__name__, e)


BAD = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=None), dict(delimiter=1),
       dict(delimiter=b','), dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=1),
       dict(escapechar=''), dict(escapechar='ab'), dict(escapechar=1), dict(lineterminator=None),
       dict(lineterminator=1), dict(quoting=4), dict(quoting=-1), dict(quoting='a'),
       dict(quoting=None), dict(quoting=1.0), dict(quoting=True), dict(quoting=2 ** 40),
       dict(foo=1), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
       dict(delimiter=1, quotechar=1), dict(quotechar=1, escapechar=1),
       dict(quotechar='ab', lineterminator=1), dict(quoting='x', lineterminator=None),
       dict(lineterminator=None, quoting=7), dict(quotechar=None, quoting=0, lineterminator=None),
       dict(escapechar='ab', quotechar=1), dict(quoting=7, quotechar=None)]
for kw in BAD:
    check(repr(kw), lambda: attrs(csv.reader([], **kw).dialect))
    check('  writer', lambda: attrs(csv.writer(io.StringIO(), **kw).dialect))
OK = [dict(delimiter='\n'), dict(delimiter='"'), dict(quotechar=None), dict(escapechar=None),
      dict(lineterminator=''), dict(doublequote=0), dict(skipinitialspace=[1]), dict(strict='x'),
      dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(delimiter='\u20ac'),
      dict(quoting=csv.QUOTE_NONE)]
for kw in OK:
    check(repr(kw), lambda: attrs(csv.reader([], **kw).dialect))
check('excel quotechar=None', lambda: csv.reader([], 'excel', quotechar=None))
check('unknown', lambda: csv.reader([], 'nope'))
check('unknown+bad kw', lambda: csv.reader([], 'nope', foo=1))
check('int dialect', lambda: attrs(csv.reader([], 3).dialect))
check('both', lambda: csv.reader([], 'excel', dialect='excel'))
check('kw dialect', lambda: attrs(csv.reader([], dialect='excel-tab').dialect))


class MyDialect(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


class Partial(csv.Dialect):
    delimiter = ';'


class BadDelim(csv.excel):
    delimiter = 'ab'


check('MyDialect()', lambda: attrs(MyDialect()))
check('MyDialect class', lambda: attrs(csv.reader([], MyDialect).dialect))
check('Partial()', lambda: Partial())
check('Dialect()', lambda: csv.Dialect())
check('BadDelim()', lambda: BadDelim())
check('BadDelim class', lambda: csv.reader([], BadDelim))
print(list(csv.reader(["a;'b;c'"], MyDialect)))


class Plain:
    delimiter = '|'
    quoting = csv.QUOTE_ALL


check('plain object', lambda: attrs(csv.reader([], Plain()).dialect))
check('plain + kw', lambda: attrs(csv.reader([], Plain(), delimiter=':').dialect))

d = csv.get_dialect('excel')
print(csv.reader([], d).dialect is d, csv.reader([], 'excel').dialect is d,
      csv.reader([], d, delimiter=';').dialect is d, csv.reader([], csv.excel).dialect is d)
DT = type(d)
print(DT.__name__, attrs(DT()), attrs(DT(delimiter=';')), attrs(DT('excel-tab')),
      DT(d) is d, DT(csv.excel_tab) is d)
check('set attr', lambda: setattr(d, 'delimiter', ';'))
check('set other', lambda: setattr(d, 'foo', 1))
check('get other', lambda: d.foo)

print(csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL))
print(attrs(csv.get_dialect('semi')))
csv.register_dialect('tabbed', 'excel-tab')
csv.register_dialect('mine', MyDialect, strict=True)
print(attrs(csv.get_dialect('tabbed')), attrs(csv.get_dialect('mine')))
print(sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, 'semi').writerow(['a', 1])
print(repr(s.getvalue()), list(csv.reader(['"a";"1"'], 'semi')))
print(csv.unregister_dialect('semi'))
check('unregister again', lambda: csv.unregister_dialect('semi'))
check('unregister int', lambda: csv.unregister_dialect(3))
check('get missing', lambda: csv.get_dialect('semi'))
check('get int', lambda: csv.get_dialect(3))
check('get none', lambda: csv.get_dialect())
check('register int name', lambda: csv.register_dialect(3))
check('register bad', lambda: csv.register_dialect('x', delimiter='ab'))
check('register unknown', lambda: csv.register_dialect('x', 'nope'))
check('register no args', lambda: csv.register_dialect())
check('register 3 args', lambda: csv.register_dialect('a', 'b', 'c'))
check('register bad kw', lambda: csv.register_dialect('a', foo=1))
print(sorted(csv.list_dialects()))
print(sorted(n for n in csv.__all__ if n != '__doc__'))
