def greet(name):
    return "hello " + name
def add(a, b):
    return a + b
print(greet("you"))
print(add(2, 3), add("a", "b"), add([1], [2]))
def shout(s):
    print(s.upper())
shout("hey")
