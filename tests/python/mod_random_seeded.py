# random with an explicit seed reproduces CPython (Mersenne Twister)
import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5), random.choice('abcdef'))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3))
print(random.uniform(1, 2), random.getrandbits(70), random.gauss(0, 1))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 5, 1], k=5))
r = random.Random(123); print(r.random(), r.randint(0, 10**20))
random.seed(2**100 + 7); print(random.random())
random.seed(0); print(random.random())
random.seed(-5); print(random.random())
print(random.expovariate(2), random.normalvariate(), random.triangular())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
