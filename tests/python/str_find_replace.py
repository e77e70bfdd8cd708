s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("dog"), s.rfind("at"))
print(s.index("sat"), s.count("at"), s.count("the"), s.count(""))
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
