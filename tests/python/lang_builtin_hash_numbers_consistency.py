print(hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(float(2**64)), hash(0.5), hash(-0.0), hash(1.5), hash(-2), hash(2**100) == hash(2**100 % (2**61 - 1)))
print({1: "a", 1.0: "b", True: "c"}, len({0, 0.0, False, -0.0}))
