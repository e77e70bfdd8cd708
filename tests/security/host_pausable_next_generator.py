# expect: output 1 2 done
# expect: output stop 7
# expect: output ValueError generator already executing
# expect: output ValueError generator already executing
# expect: output after close: dflt
# expect: output 9
# echo-host: echo
# next(gen) resumes the generator inline, so its host calls pause; the generator is kept alive by
# the resuming frame only (a temporary), raises into the caller, runs itself, or is closed meanwhile.
def g():
    yield echo(1)
    yield echo(2)
    return echo(7)
it = g()
print(next(it), next(it), next(it, echo("done")))
it = g()
next(it), next(it)
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def me():
    yield next(gen)
gen = me()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
def closer():
    yield echo(1)
    c.close()
    yield 2
c = closer()
next(c)
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
print("after close:", next(c, "dflt"))
print(next(echo(x) for x in [9]))
