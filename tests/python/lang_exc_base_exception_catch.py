try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("base", type(e).__name__)
try:
    raise SystemExit(2)
except SystemExit as e:
    print("exit code", e.code)
try:
    raise GeneratorExit()
except BaseException as e:
    print(repr(e))
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(e)
