# expect: limit instructions
# limits: --instructions 1000000
while True:
    pass
