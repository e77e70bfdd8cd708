print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello world".replace("o", "0"), "x".replace("x", ""), "abab".replace("ab", "ba", 0))
print("ünïcödé".replace("ö", "o"))
