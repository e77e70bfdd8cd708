# A str/list left operand: str % formats first; + and * fall back to the sequence errors of
# CPython (sq_concat/sq_repeat) when the right operand's reflected method returns NotImplemented.
class R:
    def __rmod__(self, other): return NotImplemented
    def __radd__(self, other): return NotImplemented
    def __str__(self): return "R!"
print('%s' % R())
try:
    'x' + R()
except TypeError as e: print(e)
try:
    [1] * R()
except TypeError as e: print(e)
for left in ((1,), b"x", bytearray(b"y")):
    try:
        left + R()
    except TypeError as e:
        print(e)
s = "a"
try:
    s += R()
except TypeError as e:
    print(e)
try:
    R() * "ab"
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 3
    def __rmul__(self, other): return NotImplemented
print("ab" * Idx(), [0] * Idx())
