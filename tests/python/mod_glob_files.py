# fs: tmpdir
# glob: *, ?, [seq], recursive **, hidden files, root_dir, escape, has_magic.
import glob
import os
os.makedirs('pkg/sub/deep')
for name in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'pkg/x.py', 'pkg/y1.txt', 'pkg/sub/z.py',
             'pkg/sub/deep/w.py', 'pkg/[odd].txt']:
    open(name, 'w').close()
print(sorted(glob.glob('*.py')))
print(sorted(glob.glob('?.py')), sorted(glob.glob('[ab].py')), sorted(glob.glob('[!a].py')))
print(sorted(glob.glob('pkg/*')))
print(sorted(glob.glob('*/*.py')), sorted(glob.glob('pkg/*/*.py')))
print(sorted(glob.glob('**/*.py', recursive=True)))
print(sorted(glob.glob('pkg/**', recursive=True)))
print(sorted(glob.glob('**', recursive=True)))
print(sorted(glob.glob('**/*.py')))
print(sorted(glob.glob('*.py', include_hidden=True)), sorted(glob.glob('.*.py')))
print(sorted(glob.glob('*.py', root_dir='pkg')), sorted(glob.glob('**/*.py', root_dir='pkg', recursive=True)))
print(glob.glob('nothing*'), glob.glob('c.txt'), glob.glob('missing.txt'), glob.glob('pkg/'))
print(glob.escape('pkg/[odd].txt'), glob.glob(glob.escape('pkg/[odd].txt')), glob.has_magic('a*'), glob.has_magic('abc'))
print(sorted(glob.iglob('pkg/sub/**/*.py', recursive=True)))
