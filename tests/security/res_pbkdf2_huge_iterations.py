# expect: limit instructions
# limits: --instructions 300000 --time-ms 120000
# pbkdf2_hmac runs in C; its blocks count as instructions, so a huge iteration count (hours of
# work) ends at the instruction limit, and catching exceptions cannot stop that.
import hashlib
while True:
    try:
        hashlib.pbkdf2_hmac("sha512", b"p", b"s", 2**31 - 1, 2**20)
    except BaseException:
        pass
