# expect: exception RuntimeError
# echo-host: echo
# next() drives the generator from C, where a host call cannot pause (DESIGN.md section 1).
def g():
    yield echo(1)
print(next(g()))
