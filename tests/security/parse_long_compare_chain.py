# expect: output True
# cpython: same
print(eval("1" + "<2" * 1 + "<=2" * 50000))
