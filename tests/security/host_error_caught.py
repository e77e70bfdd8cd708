# expect: output caught
# function: fail
try:
    fail(1)
except RuntimeError:
    print("caught")
