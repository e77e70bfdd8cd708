# Deliberate difference (docs/security.md, "no frames"): Moat has no frame objects, so
# tb_frame, gi_frame/f_back/f_globals/f_locals and sys._getframe are absent; CPython has them.
# What tracebacks do carry works as in CPython: tb_lineno, tb_next, tb_lasti.
def a(): b()
def b(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, type(e.__traceback__).__name__)
    print("tb_frame" if hasattr(e.__traceback__, "tb_frame") else "no tb_frame")
def g():
    yield 1
it = g()
print("gi_frame" if hasattr(it, "gi_frame") else "no gi_frame")
import sys
print("_getframe" if hasattr(sys, "_getframe") else "no _getframe")
