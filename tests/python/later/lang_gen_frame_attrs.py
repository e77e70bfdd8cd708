def g():
    yield 1
it = g()
print(it.gi_frame is not None, it.gi_code.co_name, it.gi_suspended if hasattr(it, "gi_suspended") else "n/a")
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)
