# expect: output ab
# cpython: same
class S(str):
    pass
data = [S("a"), S("b")]
print("".join(data))
