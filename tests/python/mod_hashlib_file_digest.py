# fs: tmpdir
# hashlib.file_digest over BytesIO, a real binary file, and an object with readinto().
import hashlib
import io

print(hashlib.file_digest(io.BytesIO(b"abc"), "sha256").hexdigest())
b = io.BytesIO(b"hello world")
b.read(6)
print(hashlib.file_digest(b, hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), lambda: hashlib.sha1()).hexdigest())

with open("data.bin", "wb") as f:
    f.write(bytes(range(256)) * 2000)
with open("data.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha512").hexdigest())
print(hashlib.sha512(bytes(range(256)) * 2000).hexdigest())


class Reader:
    def __init__(self):
        self.parts = [b"ab", b"c", b""]

    def readable(self):
        return True

    def readinto(self, buf):
        x = self.parts.pop(0)
        buf[:len(x)] = x
        return len(x)


print(hashlib.file_digest(Reader(), "sha256").hexdigest())
for bad in (b"abc", 42):
    try:
        hashlib.file_digest(bad, "sha256")
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hashlib.file_digest(io.BytesIO(b"abc"), "nope")
except ValueError as e:
    print(type(e).__name__, e)
