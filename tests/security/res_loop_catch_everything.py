# expect: limit instructions
# limits: --instructions 1000000
# A host limit is not a Python exception: no handler may see it.
while True:
    try:
        while True:
            pass
    except BaseException:
        print("caught the limit")
