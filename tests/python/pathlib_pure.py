# pathlib's pure path logic (PurePosixPath semantics).
from pathlib import PurePath, PurePosixPath, Path
p = PurePosixPath('/usr/lib/python3.11/site.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.drive)
print(p.parts, list(p.parents), p.parents[0], p.parents[-1], len(p.parents))
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('other'))
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a', 'b/c', '/abs', 'd'))
print(PurePath('a//b/./c/'), PurePath(''), PurePath('.'), PurePath('..'), PurePath('a/../b'))
print(p.is_absolute(), PurePath('a/b').is_absolute(), p.relative_to('/usr'), p.relative_to('/usr/lib/python3.11'))
print(p.is_relative_to('/usr'), p.is_relative_to('/etc'), PurePath('a/b').joinpath('c', 'd'))
print(p.match('*.gz'), p.match('python3.11/*.gz'), p.match('/usr/*.gz'), p.match('/usr/*/*/*.gz'), PurePath('a/b').match('B'))
print(PurePath('a') == PurePath('a/'), PurePath('a') == 'a', PurePath('a') < PurePath('b'), sorted([PurePath('b/a'), PurePath('a/z'), PurePath('a')]))
print(len({PurePath('x/y'), PurePath('x//y'), PurePath('x/./y')}), PurePath('.hidden').suffix, PurePath('a.').suffix, PurePath('.tar.gz').suffixes)
print(str(Path('dir') / 'f.txt'), Path('a/b').as_posix(), bytes(PurePath('a/b')), PurePath('/').name, PurePath('/').parent)
for bad in [lambda: p.with_suffix('zip'), lambda: PurePath('/').with_name('x'), lambda: p.with_name(''),
            lambda: PurePath('a/b').relative_to('c'), lambda: p.with_suffix('.')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
PurePath('/a').relative_to('/b')
