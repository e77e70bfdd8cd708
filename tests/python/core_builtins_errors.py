def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)
for expr in ["abs('x')", "abs()", "all(1)", "any()", "ascii(1, 2)", "bin(1.5)", "bool(1, 2)",
             "callable()", "chr(-1)", "chr(0x110000)", "chr('a')", "delattr(1, 'x')", "dir(1, 2)",
             "divmod(1, 0)", "divmod('a', 1)", "enumerate(1)", "filter(None)", "format(1, 1)",
             "getattr(1)", "getattr(1, 'nope')", "hasattr(1, 2)", "hash([])", "hex('1')", "id()",
             "isinstance(1)", "iter()", "iter(1, 2)", "len(5)", "max()", "max([])", "max(1)",
             "min([], default=7)", "max(1, 2, key=lambda x: -x)", "min(1, 2, default=0)",
             "next(5)", "oct(1.0)", "ord('ab')", "ord('')", "ord(1)", "pow()", "pow(0, -1)",
             "range(1.5)", "range()", "repr()", "reversed(5)", "round('a')", "round(2.5), round(3.5), round(-0.5)",
             "setattr(1, 'x', 1)", "slice()", "sorted(1)", "sorted([1], 2)", "sorted([3, 1], reverse=True)",
             "sum(['a', 'b'], '')", "sum([[1], [2]], [])", "sum([1, 2], 10)", "sum(1)", "vars(1)",
             "list(zip([1, 2], [3], strict=True))", "list(zip([1], [3, 4], strict=True))", "list(zip([1], [2, 3]))",
             "object(1)", "type(1, 2)", "int('z')", "float('z')", "str(b'a', 'bad-enc')", "list(1)",
             "tuple(1, 2)", "dict(1)", "set(1)", "frozenset([[]])", "bytes('a')", "bytearray(-1)",
             "print(1, sep=2)", "min(1, 2, 3, key=None)", "abs(-2**70)", "divmod(7.5, 2)",
             "isinstance(1, int | str)", "issubclass(bool, int | None)", "ord(b'a')", "hex(-255), oct(8), bin(-3)",
             "format(3.14159, '.2f'), format('x', '^5'), format(255, '#x')", "ascii('é\\n'), repr('é')",
             "sorted('bca', key=str.upper, reverse=1)", "list(map(pow, [2, 3], [2, 2]))", "callable(print)",
             "dir(object)[:3]", "vars(type('T', (), {'a': 1}))['a']", "hash(1) == hash(1.0)",
             "globals() is globals()", "divmod(-7, 2)", "round(1234.5678, -2), round(7, -1)",
             "next(iter([]), 'dflt')", "eval('1 +')", "exec(1)", "eval('x', {'x': 5})",
             "getattr(object(), '__class__').__name__", "slice(1, 2, 3).indices(10)", "max('ab', 'b', key=len)"]:
    t(expr)
