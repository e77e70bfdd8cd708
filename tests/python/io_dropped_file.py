# fs: tmpdir
# A file object dropped without close() is written, as CPython writes it when its last reference
# goes away: open(...).write(...) then reading it back, in text and binary mode.
open('a.txt', 'w').write('written without close\n')
print(repr(open('a.txt').read()))
open('b.bin', 'wb').write(b'\x00\x01')
print(open('b.bin', 'rb').read())
def save(name, text):
    f = open(name, 'w')
    f.write(text)
save('c.txt', 'from a function')
print(open('c.txt').read())
kept = open('d.txt', 'w')
kept.write('still open')
kept.close()
print(open('d.txt').read())
