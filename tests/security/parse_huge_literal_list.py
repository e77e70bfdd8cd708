# expect: output 100000
# cpython: same
print(len(eval("[" + "1," * 100000 + "]")))
