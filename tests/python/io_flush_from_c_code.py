# fs: tmpdir
# flush()/close() called from C code (print(flush=True), a sort key) cannot pause for the host: the
# data is written before the next file operation, so the program sees what CPython shows.
f = open('a.txt', 'w')
f.write('via sorted key')
sorted([1], key=lambda x: f.close())
print(f.closed)
print(open('a.txt').read())
g = open('b.txt', 'w')
print('printed', file=g, flush=True)
g.write('more')
g.close()
print(open('b.txt').read())
