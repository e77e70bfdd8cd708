# hashlib: every message length from 0 to 300 (crossing the 55/56/64 and 111/112/128 padding
# boundaries), checked against the one-shot digest and against byte-by-byte and chunked updates.
import hashlib

data = bytes((i * 37 + 11) % 256 for i in range(300))
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    lines = []
    for n in range(301):
        one = hashlib.new(name, data[:n]).hexdigest()
        lines.append(one[:12])
        if n % 7 == 0 or n in (55, 56, 63, 64, 65, 111, 112, 127, 128, 129):
            h = hashlib.new(name)
            for i in range(n):
                h.update(data[i:i + 1])
            assert h.hexdigest() == one, (name, n)
            h = hashlib.new(name)
            for i in range(0, n, 13):
                h.update(bytearray(data[i:min(i + 13, n)]))
            assert h.hexdigest() == one, (name, n)
    print(name, " ".join(lines[:40]))
    print(name, hashlib.new(name, " ".join(lines).encode()).hexdigest())
