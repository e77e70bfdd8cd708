# fs: tmpdir
# Opening, iterating and reading through with-blocks; a file object after close.
import io
f = open('x.txt', 'w')
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), type(f).__name__)
f.write('data')
f.close()
f.close()
g = open('x.txt', 'rb')
print(type(g).__name__, isinstance(g, io.BufferedIOBase), g.readable(), g.writable(), g.seekable())
g.close()
with open('x.txt') as h:
    pass
try:
    with h:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    for line in h:
        pass
except ValueError as e:
    print('ValueError', e)
