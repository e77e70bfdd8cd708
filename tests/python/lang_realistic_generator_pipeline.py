def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
primes = (n for n in numbers() if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(take(10, primes)))
print(list(take(4, windows((x * x for x in numbers()), 3))))
def chunked(seq, n):
    it = iter(seq)
    while chunk := list(take(n, it)):
        yield chunk
print(list(chunked(range(10), 4)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in (10, 20, 60)])
