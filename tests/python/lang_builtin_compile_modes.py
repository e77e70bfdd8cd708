# compile(): modes, flags, filenames, code objects run by eval/exec, and its errors.
c = compile("1 + 1", "<s>", "single")
print(type(c).__name__, c.co_name, c.co_filename)
exec(c)
print(eval(c))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 4", "<s>", "single"))
ns = {}
exec(compile("y = 6\nz = y * 7", "f.py", "exec"), ns)
print(ns["z"], eval(compile("z - 2", "f.py", "eval"), ns))
print(eval(compile("a = 1", "<e>", "exec"), {}))
print(eval(compile(b"[1, 2]", b"bytes-name", "eval")))
print(compile(source="3", filename="kw", mode="eval", flags=0, dont_inherit=True, optimize=-1).co_filename)
def f(): return 5
print(eval(f.__code__))
def g():
    y = 1
    def h(): return y
    return h
for fn in (eval, exec):
    try:
        fn(g().__code__)
    except TypeError as e:
        print(e)
cases = [
    lambda: compile("x=1\ny=2", "<m>", "single"),
    lambda: compile("x=1\0", "<n>", "exec"),
    lambda: compile("x=1", "<s>", "foo"),
    lambda: compile("x=1", "<s>", "exec", 0x8),
    lambda: compile(3, "<s>", "exec"),
    lambda: compile("x", "<s>", "exec", optimize=5),
    lambda: compile("x", 3, "exec"),
    lambda: compile("1", "", "eval", 0.5),
    lambda: compile("1", ""),
    lambda: compile("1 +", "<bad>", "exec", dont_inherit=True),
    lambda: exec("x = 1\0"),
]
for case in cases:
    try:
        case()
    except (SyntaxError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "filename", "-"), getattr(e, "lineno", "-"))
try:
    exec(compile("def k():\n    return 1 / 0\nk()", "trace.py", "exec"), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError", tb.tb_lineno)
