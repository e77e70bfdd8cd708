print(int.__add__, int.__abs__, object.__init__, object.__repr__, str.__len__, list.__iadd__)
print(dict.__getitem__, dict.__contains__, list.__getitem__, set.__contains__, str.__getitem__, tuple.__contains__)
print(list.append, dict.get, str.join, int.bit_length)
print(repr(object().__init__).split(" at ")[0], repr((5).__abs__).split(" at ")[0])
print(repr([].__len__).split(" at ")[0], repr([].append).split(" at ")[0], repr({}.__getitem__).split(" at ")[0])
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__)
print(sorted([3, 1, 2], reverse=True))
for bad in [10**100, 2**31, -2**31 - 1]:
    try: sorted([1], reverse=bad)
    except OverflowError as e: print("OverflowError:", e)
print(pow(2, 10, 1000), pow(3, -1, 7))
for a in [(2, 3, 'a'), (2.0, 2, 5), (2, 2, 5.0), ('a', 2, 3)]:
    try: pow(*a)
    except TypeError as e: print("TypeError:", e)
class P:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return "rpow"
print(pow(P(), 2, 3), pow(2, P()))
try: pow(2, P(), 3)
except TypeError as e: print("TypeError:", e)
