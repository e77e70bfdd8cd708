# Edge cases of common str methods.
print("a,b,,c".split(","), "  a  b ".split(), "a b c".split(None, 1), "".split(","))
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), "x".join([]), "-".join("abc"))
print("Hello World".swapcase(), "hello world".title(), "  x ".strip(), "xxhixx".strip("x"))
print("abcabc".find("c", 3), "abcabc".rfind("b"), "abc".find("z"), "abcabc".count("bc"))
print("ab".ljust(5, ".") + "|", "ab".rjust(5) + "|", "42".zfill(5), "-42".zfill(5))
print("a\tb".expandtabs(4), repr("line1\nline2".splitlines()), "ABC".lower().upper())
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "%5s|%-5s|" % ("a", "b"))
