# The traceback of an error inside a nested call in an expression shows CPython's carets.
def parse(s):
    return int(s)

def total(items):
    return sum([parse(x) for x in items]) + parse("7")

print(total(["1", "2"]))
print(total(["1", "x"]))
