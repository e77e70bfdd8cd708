# fs: tmpdir
# open() in text mode: write, read back, read(n), readline, readlines, iteration, append.
with open('notes.txt', 'w') as f:
    print(f.write('first line\n'), f.name, f.mode, f.closed)
    f.writelines(['second\n', 'third\n'])
print(f.closed)
with open('notes.txt') as f:
    print(repr(f.read(5)), repr(f.readline()), f.readlines())
with open('notes.txt', 'a') as f:
    f.write('fourth')
with open('notes.txt', encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
f = open('notes.txt')
print(repr(f.read()), repr(f.read()), repr(f.readline()))
f.close()
print(open('notes.txt').read().splitlines())
print(len(open('notes.txt').readlines()))
