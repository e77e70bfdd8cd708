# csv.DictReader and csv.DictWriter: fieldnames from the first row or given, restkey/restval,
# short and long rows, blank rows skipped, line_num, writeheader, extrasaction, restval, errors.
import csv
import io

f = io.StringIO('a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8,9,10\r\n')
r = csv.DictReader(f)
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='REST', restval='RV')
print(list(r), r.restkey, r.restval)
r = csv.DictReader(io.StringIO('1,2\n'), fieldnames=['x', 'y', 'z'])
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), delimiter=';')
print(list(r), r.dialect, r.reader.dialect.delimiter)
print(list(csv.DictReader(['a,a', '1,2'])))
print(list(csv.DictReader(['a,b', '1,2'], None, None, None, 'excel')))
print(list(csv.DictReader(['a\tb', '1\t2'], dialect='excel-tab')))
print(list(csv.DictReader(['\n', 'a,b', '', '1,2'])))
print(list(csv.DictReader(['h1,"h,2"', '"x\ny",2'])))
r = csv.DictReader(['a,b', '1,2'])
r.fieldnames = ['Z', 'Y']
print(list(r))
r = csv.DictReader(['a,b', '1,2', '3,4'])
print(next(r), r.line_num, iter(r) is r, next(r), r.line_num)
print(type(r).__name__, csv.DictReader.__mro__[1:])
for args, kw in (((), {}), ((3,), {}), (([],), {'foo': 1}), (([],), {'delimiter': 'ab'})):
    try:
        csv.DictReader(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b', 'c'], restval='RV')
print(w.writeheader(), w.writerow({'a': 1, 'c': None}), w.writerows([{'b': 'x,y'}, {}]))
print(repr(s.getvalue()))
print(w.fieldnames, w.restval, w.extrasaction, type(w.writer).__name__)


def check(f):
    try:
        print('OK', f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: w.writerow({'a': 1, 'zz': 2}))
check(lambda: w.writerow({'a': 1, 5: 2}))
check(lambda: w.writerow([1, 2]))
check(lambda: w.writerow(3))
check(lambda: w.writerows([{'a': 1}, {'q': 1}]))
check(lambda: csv.DictWriter(s, ['a'], extrasaction='bad'))
check(lambda: csv.DictWriter(s, ['a'], extrasaction='IGNORE').writerow({'a': 1, 'b': 2}))
check(lambda: csv.DictWriter(s, ['a'], extrasaction='Raise').writerow({'a': 1, 'b': 2}))
check(lambda: csv.DictWriter(s, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2}))
check(lambda: csv.DictWriter(s, ['a'], extrasaction=3))
check(lambda: csv.DictWriter(s))
check(lambda: csv.DictWriter(s, iter(['a', 'b'])).writeheader())
check(lambda: csv.DictWriter(s, ['a'], 'excel-tab').writer.dialect.delimiter)
check(lambda: csv.DictWriter(s, ('a', 'b'), quoting=csv.QUOTE_ALL).writerow({'b': 1, 'a': 2}))
check(lambda: csv.DictWriter(3, ['a']))
print(repr(s.getvalue()))

# round trip through DictWriter and DictReader
s = io.StringIO()
w = csv.DictWriter(s, ['name', 'note', 'n'])
w.writeheader()
w.writerows([{'name': 'x', 'note': 'says "hi", twice', 'n': 1},
             {'name': 'y', 'note': 'line1\nline2'}])
s.seek(0)
for row in csv.DictReader(s):
    print(row)
