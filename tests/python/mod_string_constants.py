# string: the character-class constants (exact contents and order) and how they relate to the str
# predicates, plus capwords with and without a separator.
import string

for name in ("whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits",
             "punctuation", "printable"):
    value = getattr(string, name)
    print(name, repr(value), len(value), type(value).__name__)
print(all(c.isspace() for c in string.whitespace), string.ascii_letters.isalpha(), string.hexdigits.isalnum())
print(sorted(set(string.printable)) == sorted(string.printable), all(c.isprintable() for c in string.punctuation))
print([c for c in map(chr, range(128)) if not c.isalnum() and not c.isspace() and c.isprintable()] == list(string.punctuation))
for s, sep in (("hello   world  ", None), ("  a-b -c", "-"), ("", None), ("x", "x"), ("aBC dEF\tgHi\nj", None), ("one,two,,three", ",")):
    print(repr(s), repr(sep), repr(string.capwords(s, sep)))
for call in ("string.capwords(5)", "string.capwords('a', 5)", "string.capwords('a b', '')", "string.capwords('a', 0)", "string.capwords('a b', None)"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
