# Free variables of a closure are not candidates (CPython 3.11 searches co_varnames, then globals,
# then builtins), so a name close only to an enclosing function's variable gets no suggestion.
def outer():
    abcd = 1
    def inner():
        return abcd + abce
    return inner()

print("calling")
outer()
