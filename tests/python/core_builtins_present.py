names = """abs all any ascii bin bool bytearray bytes callable chr classmethod delattr dict dir divmod
enumerate filter float format frozenset getattr globals hasattr hash hex id int isinstance issubclass
iter len list locals map max min next object oct ord pow print property range repr reversed round set
setattr slice sorted staticmethod str sum super tuple type vars zip __import__ eval exec""".split()
for n in names:
    f = eval(n)
    print(n, type(f).__name__, callable(f))
