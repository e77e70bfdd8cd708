# int()/float() of str with Unicode digits and whitespace, as CPython (Arabic-Indic, full-width, Devanagari, math digits).
print(int("\u0661\u0662\u0663"), int("\uff11\uff10", 16), int("\u3000 42\u00a0"), float("\u0661.\u0665"), float("\u2003 1e3 \u2003"))
print(int("\U0001d7ce\U0001d7d9\U0001d7e2"), int("\u0967\u0966"), float("\uff13.\uff11\uff14"))
for bad in ["\u00b2", "1\u00bd", "١x", "١٫٥"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
