# random, seeded: every function draws exactly CPython's numbers (int, float, negative and huge
# seeds; Random instances; getstate/setstate; the sample() methods for small and large
# populations; choices with weights and cum_weights; every distribution).
import random
for s in (0, 1, 42, -7, 2**32, 2**100 + 5, 3.5, -2.25, True):
    random.seed(s)
    print(s, random.random(), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
r = random.Random(12345)
print(r.randrange(10), r.randrange(5, 100), r.randrange(100, 0, -7), r.randrange(-10, 10, 3), r.randint(1, 6), r.randrange(2**80))
print(r.choice("abcdef"), r.choice(range(1000)), r.choices("abc", k=5), r.choices(range(10), weights=range(10), k=4), r.choices("xyz", cum_weights=[1, 5, 6], k=6))
x = list(range(20)); r.shuffle(x); print(x)
print(r.sample(range(100), 10), r.sample(range(10**6), 5), r.sample("abcdefgh", 8), r.sample(["a", "b"], k=3, counts=[2, 3]))
print(r.uniform(2, 5), r.triangular(), r.triangular(0, 10, 8), r.normalvariate(5, 2), r.gauss(0, 1), r.gauss(0, 1), r.lognormvariate(0, 0.5))
print(r.expovariate(1.5), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0), r.gammavariate(0.5, 2), r.gammavariate(1, 3), r.gammavariate(3, 0.5), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.randbytes(7), r.getrandbits(0))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
r2 = random.Random(); r2.setstate(st); print(r2.random() == a[0])
for call in ("r.randrange(0)", "r.randrange(5, 5)", "r.randrange(1, 10, 0)", "r.randrange(10, step=2)", "r.randrange(2.5)", "r.randrange(3.0, 7)",
             "r.choice([])", "r.sample({1, 2}, 1)", "r.sample(range(3), 5)", "r.choices('ab', [1, 2, 3])", "r.choices('ab', 3)", "r.getrandbits(-1)",
             "r.gammavariate(0, 1)", "random.Random([1])", "r.setstate((9, (), None))", "r.choices('ab', weights=[0, 0])", "r.sample(['a'], 1, counts=[0])"):
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
