s = "hi\n"
print(f"{s!r}")
print(f"{s!s}end")
print(f"{[s]}")
print(f"{'x'!r:>6}")
print(f"{3!s:>4}")
