# Literal patterns: numbers, strings, bytes, None/True/False (identity), negative and complex.
def lit(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other " + repr(v)

for v in [0, 1, -1, 2.5, "hello", "concat", b"raw", None, True, False,
          0.0, 1.0, "HELLO", bytearray(b"raw"), 2, [], -0.0]:
    print(repr(v), "->", lit(v))

# True/False/None match by identity: 1 does not match True, but True matches 1 (==).
def ident(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "no"
print(ident(1), ident(True), ident(1.0), ident(False))

# Equality uses __eq__ of the subject (compared as subject == literal).
class Eq:
    def __eq__(self, other):
        print("eq called with", repr(other))
        return other == 42
match Eq():
    case 41:
        print("41")
    case 42:
        print("42 matched")
