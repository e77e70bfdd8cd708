# expect: output done
# cpython: same
# A str/bytes/tuple subclass that also derives from a plain class: its instances are laid out by
# the variable-size base, so the collector must not treat them as GC-tracked (this crashed the
# process once: `class S(str, enum.Enum)` members were untracked without being tracked).
class Plain:
    pass
class S(str, Plain):
    pass
class B(bytes, Plain):
    pass
class T(tuple, Plain):
    pass
for i in range(2000):
    items = [S("x"), B(b"y"), T((i,))]
    for it in items:
        it.me = it
        it.other = items
    del items
import enum
class E(str, enum.Enum):
    OK = "ok"
    BAD = "bad"
for i in range(100):
    try:
        E("ok"), E("bad")
    except Exception:
        pass
print("done")
