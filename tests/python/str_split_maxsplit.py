s = "  alpha  beta\tgamma \n delta  "
print(s.split(), s.split(None, 1), s.split(None, 2), s.rsplit(None, 1), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("one two".partition(" "), "one two three".rpartition(" "), "none".partition("x"), "none".rpartition("x"))
print("x".join(["1", "2", "3"]), "abcabc".replace("b", "B", 1), "aaaa".count("aa"), "abc".find("c", 1, 2))
print("ǅ".lower(), "ǆ".title(), "ß".upper(), "İ".lower() == "i̇", "ΣΑΣ ΑΣ.".lower(), "ﬁ".upper())
h = "a" * 200000
n = "a" * 2000 + "b"
print(n in h, h.find(n), h.rfind(n), h.count(n), len(h.split(n)), h.rpartition(n)[0] == "")
