# fs: tmpdir
# shutil: copyfile, copy (into a folder), copytree (with ignore), move, rmtree, SameFileError.
import os
import shutil
os.makedirs('src/sub')
for name, text in [('src/a.txt', 'A'), ('src/b.log', 'B'), ('src/sub/c.txt', 'C')]:
    with open(name, 'w') as f:
        f.write(text)
print(shutil.copyfile('src/a.txt', 'a_copy.txt'), open('a_copy.txt').read())
os.mkdir('dest')
print(shutil.copy('src/a.txt', 'dest'), sorted(os.listdir('dest')))
print(shutil.copytree('src', 'tree', ignore=shutil.ignore_patterns('*.log')))
print(sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk('tree')))
print(shutil.move('tree/sub', 'dest'), sorted(os.listdir('dest')), sorted(os.listdir('tree')))
print(shutil.move('a_copy.txt', 'moved.txt'), os.path.exists('a_copy.txt'))
shutil.rmtree('tree')
print(os.path.exists('tree'), sorted(os.listdir('.')))
try:
    shutil.copyfile('moved.txt', './moved.txt')
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copytree('src', 'dest')
except FileExistsError as e:
    print('FileExistsError', e)
shutil.rmtree('missing', ignore_errors=True)
shutil.rmtree('missing')
