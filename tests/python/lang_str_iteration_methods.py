print(list(enumerate("añ")), list(reversed("añ𝄞")), "".join(sorted("hello")), set("aab") == {"a", "b"})
print(str(), str(123), str(None), str(b"x"), str(1.0), str([1, "a"]))
