s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.rfind("at"), s.find("dog"))
print(s.index("on"), s.rindex("the"), s.count("at"), s.count("t", 0, 5), s.count(""))
try:
    s.index("dog")
except ValueError as e:
    print(e)
try:
    s.rindex("dog")
except ValueError as e:
    print(e)
