# fs: tmpdir
# Binary mode: bytes in, bytes out, seek/tell, read(n), readline, iteration.
data = bytes(range(256)) + b'\nline2\n'
with open('blob.bin', 'wb') as f:
    print(f.write(data), f.tell(), f.mode)
with open('blob.bin', 'rb') as f:
    print(f.read(4), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    print(f.readline(), f.readline(), f.readline())
    print(f.seek(-3, 2), f.read())
    f.seek(0)
    print(len(f.read()), f.mode)
with open('blob.bin', 'rb') as f:
    print(sum(1 for _ in f))
try:
    open('blob.bin', 'wb').write('text')
except TypeError as e:
    print('TypeError:', e)
with open('blob.bin', 'ab') as f:
    f.write(bytearray(b'!!'))
print(open('blob.bin', 'rb').read()[-4:])
