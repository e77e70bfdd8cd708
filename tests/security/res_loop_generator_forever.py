# expect: limit instructions
# limits: --instructions 1000000
def count():
    n = 0
    while True:
        yield n
        n += 1
for _ in count():
    pass
