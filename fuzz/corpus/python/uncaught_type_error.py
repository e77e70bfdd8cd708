def combine(a, b):
    return a + b
def build():
    print(combine("a", "b"))
    print(combine("a", 1))
build()
