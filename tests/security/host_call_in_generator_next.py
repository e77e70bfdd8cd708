# expect: exception RuntimeError
# echo-host: echo
# next() resumes a generator inline now (vm.c, "pausable builtins"), but gen.send() called as a
# method still drives it from C, where a host call cannot pause (DESIGN.md section 1).
def g():
    yield echo(1)
print(g().send(None))
