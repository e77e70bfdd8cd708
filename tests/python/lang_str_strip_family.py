s = "  \t hi there \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "hi!!".rstrip("!"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "a".removeprefix("b"))
