# expect: limit memory
# limits: --memory-bytes 8000000 --instructions 1000000000
def g():
    yield 1
gs = []
while True:
    x = g()
    next(x)
    gs.append(x)
