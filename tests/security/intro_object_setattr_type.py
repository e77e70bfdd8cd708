# expect: exception TypeError
# cpython: same
object.__setattr__(int, "evil", 1)
