# expect: exception TypeError
# cpython: same
type.__setattr__(list, "append", None)
