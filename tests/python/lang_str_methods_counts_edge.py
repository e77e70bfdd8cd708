print("aaaa".count("aa"), "abc".count("", 1), "".count(""), "ab".find("", 5), "ab".find("", 2), "ab".rfind(""))
print("a.b.c".split(".", 0), "a.b.c".rsplit(".", 0), "a b".split(None, 0), "  a b".split(None, 0))
print("abc"[10:], "abc"[-10:1], "abc"[::-2], "abc"[1:1], "abcdef"[5:1:-2])
print("x".join(["", ""]), "".join(["a"]), "ab".replace("", "-", 2), "aXbXc".split("X", -1))
