# expect: output contained
# The __index__ of pbkdf2_hmac's iterations and dklen runs Python code after the password and salt
# were checked: it empties and regrows the bytearrays, so C must not keep their old buffers.
import hashlib

pw = bytearray(b"p" * 100000)
salt = bytearray(b"s" * 100000)


class Evil:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        pw.clear()
        salt.clear()
        pw.extend(b"q" * 7)
        return self.n


for i in range(20):
    try:
        hashlib.pbkdf2_hmac("sha256", pw, salt, Evil(2), Evil(40))
    except Exception as e:
        print(type(e).__name__)
h = hashlib.sha256(pw)
pw.extend(b"x" * 1000000)
h.update(pw)
h.copy().update(pw)
print("contained")
