s = "hello WORLD, it's ǅ ß"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ﬁne".upper(), "İ".lower() == "i̇", "straße".casefold())
print("they're bill's friends".title())
