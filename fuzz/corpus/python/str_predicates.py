for s in ("123", "abc", "ABC", "aBc", "a1", " \t", "", "Hello World"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
