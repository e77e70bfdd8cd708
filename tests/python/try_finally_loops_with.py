def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            except ValueError as e:
                print("handled", e)
                continue
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "ok"
print(f())
def g():
    with open_cm("a") as a, open_cm("b") as b:
        return a + b
class open_cm:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0])
print(g())
def h():
    try:
        return "try"
    finally:
        return "finally"
print(h())
def k():
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise
        except KeyError as e:
            return "reraised " + repr(e)
print(k())
try:
    try:
        1 / 0
    finally:
        print("fin runs")
except ZeroDivisionError:
    print("zde")
def nested_break():
    for i in range(3):
        with open_cm(i):
            for j in range(3):
                if j == 1:
                    break
            if i == 1:
                break
    return i
print(nested_break())
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple", type(e).__name__)
def exc_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
try:
    exc_in_except()
except RuntimeError as e:
    print(e, "ctx:", e.__context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
x = 0
while True:
    x += 1
    try:
        if x > 3:
            break
    finally:
        print("wf", x)
print("done", x)
