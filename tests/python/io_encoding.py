# fs: tmpdir
# Encodings: utf-8 by default, latin-1, utf-16, errors= handlers, UnicodeDecodeError at read().
with open('u.txt', 'w') as f:
    f.write('héllo wörld €\n')
print(open('u.txt', 'rb').read())
print(open('u.txt', encoding='utf-8').read(), end='')
with open('l.txt', 'w', encoding='latin-1') as f:
    f.write('café')
print(open('l.txt', 'rb').read(), open('l.txt', encoding='latin-1').read())
print(open('l.txt', errors='replace').read())
print(open('l.txt', errors='ignore').read())
with open('w.txt', 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
print(open('w.txt', 'rb').read(), open('w.txt', encoding='utf-16').read())
try:
    f = open('l.txt', 'w', encoding='ascii')
    f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
f.close()
open('bad.txt', 'wb').write(b'ok \xff')
f = open('bad.txt')
print('opened')
f.read()
