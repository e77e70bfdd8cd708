# An uncaught float ZeroDivisionError ends the run (exit 1, CPython's message).
print(1.5 // 0.5, 7.25 % 2)
vals = [1.0, 2.5]
print(vals[0] / (vals[1] - 2.5))
