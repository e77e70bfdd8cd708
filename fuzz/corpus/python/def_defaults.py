def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(2, exp=10), power(exp=0, base=9))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Bo"))
print(greet("Bo", "Hi"))
print(greet("Bo", punct="?"))
