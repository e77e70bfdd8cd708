def g():
    yield 1
it = g()
print(it.gi_running)
next(it)
print(list(it), list(it))
def self_ref():
    yield next(gen)
gen = self_ref()
try:
    next(gen)
except ValueError as e:
    print(e)
