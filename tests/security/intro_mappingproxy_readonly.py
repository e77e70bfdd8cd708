# expect: exception TypeError
# cpython: same
# A builtin type's __dict__ is a read-only view in CPython; writing to it must not reach the type
# (builtin types are shared by every run in a process).
int.__dict__["evil"] = [1, 2, 3]
