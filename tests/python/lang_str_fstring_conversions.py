s = "é\n'x'"
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{'a'!r:>6}")
class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
print(f"{C()} {C()!r} {C()!s}")
