s = "a\u00a0b\u2003c\u3000d\x1ce"
print(s.split(), "\u2003x\u2003".strip() == "x", " \u00a0".isspace())
print(int("\uff11\uff12"), float("\u0661.5"), "\u0663".isdecimal(), "Ⅻ".isnumeric(), "Ⅻ".isdigit())
print("ǅungla".istitle(), "ǆ".upper(), "ǆ".title(), "ß".upper(), "ŉ".upper(), "ﬃ".title())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
