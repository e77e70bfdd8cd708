# expect: exception TypeError
# echo-host: echo
def g():
    yield 1
echo(g())
