print(bool(), bool([]), bool([0]), int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), list({1: 2}), tuple({"a": 1}.items()))
print(int("  12 "), int(2.9), int(-2.9), float("  1.5"), str(1.0), int(True), bool("False"))
