# expect: limit time
# limits: --instructions 0 --time-ms 300
# With no instruction budget, the clock still stops a long pbkdf2_hmac (read every few blocks).
import hashlib
hashlib.pbkdf2_hmac("sha256", b"p", b"s", 2**31 - 1)
