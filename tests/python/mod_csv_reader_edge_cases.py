# csv.reader: quoted fields with delimiters, quotes and newlines, records spanning lines, line
# endings, empty lines, escapes, skipinitialspace, QUOTE_NONE and QUOTE_NONNUMERIC, line_num.
import csv


def show(lines, *args, **kw):
    try:
        r = csv.reader(lines, *args, **kw)
        rows = []
        for row in r:
            rows.append((row, r.line_num))
        print(repr(lines), kw, rows)
    except Exception as e:
        print(repr(lines), kw, type(e).__name__, e)


CASES = [
    [''], ['\n'], ['\r\n'], ['\r'], ['a'], ['a\n', '\n', 'b\n'], ['a\n\r'], ['a,b,c\r\n'],
    ['"a,b",c'], ['"a""b",c'], ['"a\n', 'b"\n'], ['"a', 'b"'], ['"a"b'], ['"a"b,c'], ['a"b"c'],
    ['"a" ,b'], ['x,'], [','], ['"",""'], [',,,\n'], ['a\x00b'], ['"a\x00b"'], ['a\\'],
    ['a\\', 'b'], ['"a\\', 'b"'], ['a\\\n', 'b'], ['a\\\rb'], ['\\,a'], [' a, b,  "c"'],
    ['"a"\r'], ['a,"b\r\nc"\r\n'], ['"a'], ['"'], ['a,"'], ['"a"\n', 'b'],
    ['1,2.5, 3,"4"'], ['1,,2'], ['1, ,2'], ['\u00e9t\u00e9,\u20ac'],
]
for case in CASES:
    show(case)
    show(case, escapechar='\\', skipinitialspace=True)
    show(case, escapechar='\\', doublequote=False)
    show(case, quoting=csv.QUOTE_NONE, escapechar='\\')
    show(case, quotechar="'", delimiter=';')

show(['a  b'], delimiter=' ', skipinitialspace=True)
show(['a,,b'], escapechar=',')
show(['"a"",b'], escapechar='"')
show(['a\tb\t"c\td"'], dialect='excel-tab')
show(['a;b'], 'excel', delimiter=';')
show(['1,2.5, 3,"4",1e3,-0,inf'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,,2'], quoting=csv.QUOTE_NONNUMERIC)
show(['1, ,2'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
show(['\\1,"2"3'], quoting=csv.QUOTE_NONNUMERIC, escapechar='\\')

# records spanning lines and line_num
r = csv.reader(['a\n', '"b\n', 'c"\n', 'd'])
for row in r:
    print(row, r.line_num)
print(r.line_num, r.dialect.delimiter)
r = csv.reader(iter(['x,y']))
print(iter(r) is r, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('StopIteration', r.line_num)

# a generator of lines, and a str subclass
class S(str):
    pass
print(list(csv.reader(S(x) for x in ['a,b\n', 'c'])))
