print("\101\x41\u0041\U00000041", "\0" == "\x00", len("\n\t\\"), "a\
b", r"\n" "x", u"unicode", R"raw\d", rb"\x00", Rb"x", BR"y")
print("\a\b\f\v" == "\x07\x08\x0c\x0b", "\'", '\"', """tri"ple""", '''tri'ple''', len("""
"""))
