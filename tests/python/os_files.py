# fs: tmpdir
# os: listdir, mkdir, makedirs, remove, rmdir, rename, replace, stat, walk, scandir, os.path.
import os
import stat
os.makedirs('proj/src/pkg')
os.makedirs('proj/src', exist_ok=True)
for name in ['proj/README.md', 'proj/src/main.py', 'proj/src/pkg/__init__.py']:
    with open(name, 'w') as f:
        f.write('# ' + name + '\n')
print(sorted(os.listdir('proj')), sorted(os.listdir('.')))
for root, dirs, files in os.walk('proj'):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print(sorted((e.name, e.is_dir(), e.is_file(), e.path) for e in os.scandir('proj')))
st = os.stat('proj/README.md')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat('proj').st_mode))
print(os.path.exists('proj'), os.path.isdir('proj'), os.path.isfile('proj'), os.path.isfile('proj/README.md'))
print(os.path.getsize('proj/src/main.py'), os.path.exists('nope'), os.path.isdir('proj/README.md/x'))
os.rename('proj/README.md', 'proj/README.txt')
os.replace('proj/README.txt', 'proj/src/README.txt')
os.remove('proj/src/README.txt')
os.unlink('proj/src/main.py')
os.rmdir('proj/src/pkg') if not os.listdir('proj/src/pkg') else os.remove('proj/src/pkg/__init__.py')
print(sorted(os.listdir('proj/src')))
for fn, arg in [(os.mkdir, 'proj'), (os.rmdir, 'proj'), (os.listdir, 'missing'), (os.stat, 'missing'),
                (os.remove, 'proj'), (os.rmdir, 'zzz'), (os.makedirs, 'proj')]:
    try:
        fn(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.path.getsize('missing')
except FileNotFoundError as e:
    print(e)
os.makedirs('r1/r2/r3')
open('r1/keep.txt', 'w').close()
os.removedirs('r1/r2/r3/')
print(sorted(os.listdir('r1')))
os.rename('nope', 'other')
