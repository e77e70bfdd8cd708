# fs: tmpdir
# CPython's exceptions for files: errno, strerror, filename and the message.
import os
def show(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'errno', None), getattr(e, 'strerror', None), getattr(e, 'filename', None))
show(open, 'missing.txt')
show(open, 'missing/dir/x.txt', 'w')
os.mkdir('folder')
show(open, 'folder')
show(open, 'folder', 'w')
open('exists.txt', 'w').close()
show(open, 'exists.txt', 'x')
show(open, 'exists.txt/inner')
show(open, 'a\0b')
show(open, 'exists.txt', 'rw')
show(open, 'exists.txt', 'rb', encoding='utf-8')
show(open, 'exists.txt', 'r', 0)
show(open, 'exists.txt', newline='x')
show(open, 'exists.txt', encoding='no-such-codec')
show(open, 42.0)
show(open, None)
f = open('exists.txt')
show(f.write, 'x')
f.close()
show(f.read)
g = open('exists.txt', 'w')
show(g.read)
show(g.write, b'bytes')
g.close()
show(g.write, 'late')
try:
    open('missing.txt')
except OSError as e:
    print(isinstance(e, FileNotFoundError), e.args[0])
open('nowhere/file.txt')
