# expect: limit instructions
# limits: --instructions 200000 --time-ms 120000
# Hashing big data in a loop: each update's blocks count, so few bytecodes do not mean little work.
import hashlib
h = hashlib.sha512()
data = bytes(1 << 20)
while True:
    h.update(data)
