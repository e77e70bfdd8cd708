# Once an open finding (fuzz_gen, 2026-11-30): compiling this hung the host. `return` inside
# `try` whose `finally` does `continue` left the return value on the stack round the loop, and the
# stack-depth analysis of assemble() never ended. Fixed by the FB_POP_VALUE block (compiler.c);
# a stack that does not balance is now a SystemError, never a hang. CPython 3.11 prints None.
def f(p):
    for v in p:
        try:
            return 7
        finally:
            continue
print(f([1]))
