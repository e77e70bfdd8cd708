# fs: tmpdir
# r+, w+, a+, x modes; seek/tell in text files; truncate; flush makes data visible.
with open('f.txt', 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.seek(6)
    f.write('there')
    f.seek(0)
    print(repr(f.read()))
with open('f.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HELLO')
print(open('f.txt').read())
with open('f.txt', 'a+') as f:
    print(f.tell())
    f.write('!')
    f.seek(0)
    print(f.read())
with open('new.txt', 'x') as f:
    f.write('exclusive')
print(open('new.txt').read())
with open('f.txt', 'r+') as f:
    f.truncate(5)
print(repr(open('f.txt').read()))
w = open('log.txt', 'w')
w.write('one\n')
w.flush()
print(repr(open('log.txt').read()))
w.write('two\n')
w.close()
print(repr(open('log.txt').read()))
with open('f.txt') as f:
    f.read(2)
    print(f.tell(), f.seek(0, 2), f.seek(0))
with open('log.txt', 'a') as f:
    print(f.tell())
print(open('f.txt', 'rb+').mode, open('f.txt', 'ab').mode, open('f.txt', 'w+b').mode)
