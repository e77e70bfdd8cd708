# csv.reader errors: strict mode, new-lines in unquoted fields, end of data, non-str lines,
# field_size_limit, QUOTE_NONNUMERIC conversions, and reading on after an error.
import csv


def show(lines, **kw):
    r = csv.reader(lines, **kw)
    shown = repr(lines) if len(repr(lines)) < 80 else '<%d chars>' % sum(map(len, lines))
    out = []
    while True:
        try:
            out.append(next(r))
        except StopIteration:
            break
        except Exception as e:
            out.append((type(e).__name__, str(e), r.line_num))
    out = [o if len(repr(o)) < 200 else '<%d fields>' % len(o) for o in out]
    print(shown, kw, out)


for strict in (False, True):
    show(['"a"b'], strict=strict)
    show(['"a" ,b'], strict=strict)
    show(['"a"x'], strict=strict, delimiter=';', quotechar="'")
    show(["'a'x"], strict=strict, delimiter=';', quotechar="'")
    show(['"a'], strict=strict)
    show(['"a\n'], strict=strict)
    show(['a\\'], strict=strict, escapechar='\\')
    show(['ok', '"abc"def', 'next'], strict=strict)
show(['a\rb'])
show(['a\nb'])
show(['a\r\n\r\nb', 'c'])
show(['"a"\rb'])
show(['a\\\r\nb'], escapechar='\\')
show([b'a,b'])
show(['a', 1, 'b'])
show([None])
show(['x', 'a,b'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"a",b'], quoting=csv.QUOTE_NONNUMERIC)
show(['1_0,0x1, 1 '], quoting=csv.QUOTE_NONNUMERIC)

print(csv.field_size_limit())
print(csv.field_size_limit(5))
for lines in (['12345,123456'], ['"1234', '56"'], ['12345'], ['"12345"'], ['"1234""'],
              ['"1234""5"'], ['a\\bcdef'], ['"ab\\cdef"']):
    show(lines, escapechar='\\')
print(csv.field_size_limit(0))
show(['a'])
show([''])
show(['""'])
show([','])
print(csv.field_size_limit(new_limit=131072))
show(['x' * 131072])
show(['x' * 131073 + ',y'])
show(['"' + 'x' * 131073 + '"'])
for bad in ('a', 1.5, True, 2 ** 63, None):
    try:
        csv.field_size_limit(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in ((1, 2),):
    try:
        csv.field_size_limit(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    csv.field_size_limit(limit=3)
except TypeError as e:
    print(type(e).__name__, e)
print(csv.field_size_limit())
try:
    csv.reader(3)
except TypeError as e:
    print(type(e).__name__, e)
for args in ((), ([], 'excel', 'x')):
    try:
        csv.reader(*args)
    except TypeError as e:
        print(type(e).__name__, e)
r = csv.reader([])
for attr in ('line_num', 'dialect'):
    try:
        setattr(r, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
print(csv.Error.__mro__[1:], csv.Error.__module__, issubclass(csv.Error, Exception))
