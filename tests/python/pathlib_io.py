# fs: tmpdir
# pathlib's I/O methods: read/write text and bytes, exists/is_file/is_dir, iterdir, glob, rglob,
# mkdir, unlink, rmdir, rename, stat, open, touch.
from pathlib import Path
base = Path('work')
base.mkdir()
base.mkdir(exist_ok=True)
(base / 'deep' / 'er').mkdir(parents=True)
print((base / 'a.txt').write_text('alpha\n'), (base / 'b.bin').write_bytes(b'\x00\x01'))
(base / 'deep' / 'c.txt').write_text('gamma')
(base / 'deep' / 'er' / 'd.py').write_text('print(1)')
print((base / 'a.txt').read_text(), (base / 'b.bin').read_bytes())
print(base.exists(), base.is_dir(), base.is_file(), (base / 'a.txt').is_file(), (base / 'zz').exists())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob('*.txt')))
print(sorted(str(p) for p in base.glob('*/*')))
print(sorted(str(p) for p in base.glob('**/*.txt')))
print(sorted(str(p) for p in base.rglob('*')))
print(sorted(str(p) for p in base.glob('**')))
print((base / 'a.txt').stat().st_size, (base / 'deep').stat().st_size >= 0)
with (base / 'a.txt').open('a') as f:
    f.write('more\n')
with (base / 'a.txt').open() as f:
    print(f.readlines())
print((base / 'a.txt').rename(base / 'renamed.txt'), (base / 'renamed.txt').exists(), (base / 'a.txt').exists())
(base / 'renamed.txt').unlink()
(base / 'renamed.txt').unlink(missing_ok=True)
(base / 'touched').touch()
print((base / 'touched').read_bytes())
(base / 'touched').unlink()
(base / 'deep' / 'er' / 'd.py').unlink()
(base / 'deep' / 'er').rmdir()
print(sorted(str(p) for p in base.rglob('*')))
for bad in [lambda: (base / 'none.txt').read_text(), lambda: base.mkdir(), lambda: (base / 'deep').rmdir(),
            lambda: (base / 'x' / 'y').mkdir(), lambda: (base / 'none').unlink()]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
(base / 'missing.txt').read_bytes()
