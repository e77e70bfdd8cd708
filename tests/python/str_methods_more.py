print("7".zfill(3), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"))
print("hello".removeprefix("he"), "hello".removesuffix("lo"))
print("Hello".casefold(), "a\tb".expandtabs(4))
