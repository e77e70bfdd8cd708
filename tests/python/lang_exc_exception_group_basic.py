eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(repr(eg), eg.message, len(eg.exceptions))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
