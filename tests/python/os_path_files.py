# fs: tmpdir
# os.path on real files: exists/isfile/isdir/getsize/getmtime, and string helpers with PathLike.
import os
import os.path
from pathlib import Path
os.mkdir('d')
with open('d/f.txt', 'w') as f:
    f.write('12345678')
for p in ['d', 'd/f.txt', 'd/none', 'd/f.txt/x', '', 'd\0x']:
    print(repr(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.lexists(p), os.path.islink(p))
print(os.path.getsize('d/f.txt'), os.path.getsize(Path('d') / 'f.txt'), type(os.path.getmtime('d/f.txt')).__name__)
print(os.path.join(Path('a'), 'b'), os.path.basename(Path('x/y.txt')), os.path.splitext(Path('x/y.tar.gz')))
print(os.path.relpath('a/b/c', 'a'), os.path.relpath('a', 'a/b/c'), os.path.commonpath(['a/b/c', 'a/b/d']), os.path.commonprefix(['abc', 'abd']))
print(os.path.exists(Path('d')), os.path.isdir(Path('d')))
try:
    os.path.getsize('d/none')
except FileNotFoundError as e:
    print(e)
os.path.getmtime('gone')
