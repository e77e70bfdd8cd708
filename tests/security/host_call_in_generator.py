# expect: output [0, 1, 2]
# echo-host: echo
# list() drains a generator inline (vm 13:17), so host calls inside it pause normally.
def g():
    for i in range(3):
        yield echo(i)
print(list(g()))
