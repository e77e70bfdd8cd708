# expect: limit instructions
# limits: --instructions 1000000
def key(x):
    while True:
        pass
sorted([3, 1, 2], key=key)
