# An uncaught TypeError from a class pattern: the traceback's last line must agree.
class P:
    __match_args__ = ("a",)
    a = 1
match P():
    case P(1, a=1):
        print("unreachable")
