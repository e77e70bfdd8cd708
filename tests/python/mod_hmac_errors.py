# hmac: CPython's errors, and compare_digest's type rules.
import hashlib
import hmac


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hmac.new(b"k", b"m"))
t(lambda: hmac.new(b"k"))
t(lambda: hmac.new(b"k", digestmod=""))
t(lambda: hmac.new(b"k", digestmod=None))
t(lambda: hmac.new("k", b"m", "sha256"))
t(lambda: hmac.new("k"))
t(lambda: hmac.new(b"k", "m", "sha256"))
t(lambda: hmac.new(b"k", b"m", "nope"))
t(lambda: hmac.new(b"k", b"m", hashlib))
t(lambda: hmac.new(b"k", b"m", 5))
h = hmac.new(b"k", b"m", "md5")
t(lambda: h.update("x"))
t(lambda: h.update(1))
t(lambda: h.update())
t(lambda: h.digest(1))
t(lambda: hmac.digest("k", b"m", "sha256"))
t(lambda: hmac.digest(b"k", "m", "sha256"))
t(lambda: hmac.digest("k", b"m", "nope"))
t(lambda: hmac.digest(b"k", b"m", "nope"))
t(lambda: hmac.digest(b"k", b"m", lambda: 5))
t(lambda: hmac.digest(b"k", b"m"))

C = hmac.compare_digest
t(lambda: C(b"a", b"a"))
t(lambda: C(b"a", b"b"))
t(lambda: C(b"ab", b"a"))
t(lambda: C(b"ab", b""))
t(lambda: C("abc", "abc"))
t(lambda: C("ab", "abc"))
t(lambda: C(bytearray(b"ab"), b"ab"))
t(lambda: C(bytearray(b"ab"), bytearray(b"ab")))


class S(str):
    pass


t(lambda: C(S("a"), "a"))
t(lambda: C("a", b"a"))
t(lambda: C(b"a", "a"))
t(lambda: C(1, 1))
t(lambda: C(None, None))
t(lambda: C(1, b"a"))
t(lambda: C(b"a", 1))
t(lambda: C("a", 1))
t(lambda: C(1, "a"))
t(lambda: C("é", "é"))
t(lambda: C("a", "é"))
t(lambda: C(b"a"))
t(lambda: C())
t(lambda: C(1, 2, 3))
t(lambda: C(a=b"a", b=b"a"))
