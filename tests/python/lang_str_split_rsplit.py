s = "  a  b   c  "
print(s.split(), s.split(" "), s.rsplit(None, 1), s.split(None, 1))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 2), "a,b,,c".split(",", 1))
print("".split(), "".split(","), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
try:
    "a".split("")
except ValueError as e:
    print(e)
