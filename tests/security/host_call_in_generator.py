# expect: exception RuntimeError
# echo-host: echo
# Generators run in a nested VM loop, where a host call cannot pause (DESIGN.md section 1).
def g():
    for i in range(3):
        yield echo(i)
print(list(g()))
