# expect: exception RuntimeError
# echo-host: echo
# next() and gen.send() resume a generator inline now (vm.c, "pausable builtins",
# MO_RET_GEN_SEND), but gen.close() still drives its `finally` block from C, where a host call
# cannot pause (DESIGN.md section 1): a clean RuntimeError, never a crash or a lost pause.
def g():
    try:
        yield 1
    finally:
        echo(2)
it = g()
print(next(it))
it.close()
