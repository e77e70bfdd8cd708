# io.StringIO's newline argument: translation on write, line splitting on read, validation
import io

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), list(s), s.tell())
    s = io.StringIO(newline=nl)
    print('  write returns', s.write('x\ny\r\nz\r'), 'tell', s.tell())
    s.write('\nw')
    s.seek(0)
    print('  ', repr(s.getvalue()), s.readlines(), repr(s.read()))
    s = io.StringIO('abc\r\ndef\r\r\n', newline=nl)
    print('  ', [s.readline(2), s.readline(), s.readline(), s.readline(), s.readline()])

for args in [(3, 3), (3, 'x'), ('a', 'x'), ('a', '\n\r'), (b'a', None)]:
    try:
        io.StringIO(*args)
    except Exception as e:
        print(type(e).__name__, e)

# the csv module's documented use: newline='' keeps embedded '\r' line ends for the reader
import csv
rows = list(csv.reader(io.StringIO('a,b\rc,"d\r\ne"\r\nf,g\n', newline='')))
print(rows)
