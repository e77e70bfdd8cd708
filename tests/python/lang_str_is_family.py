tests = ["123", "12.3", "abc", "Abc", "ABC", "abc1", " ", "", "\t\n", "Title Case", "²", "½", "٣", "_x", "x1", "1x", "ñ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
