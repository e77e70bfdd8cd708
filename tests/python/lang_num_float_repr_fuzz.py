# Deterministic LCG: floats built from mantissa/exponent pairs, printed with repr and formats.
state = 12345
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state % n
out = []
for i in range(400):
    m = rnd(2**53)
    e = rnd(200) - 100
    x = m * 2.0 ** e if e < 0 else float(m) * 2 ** min(e, 20)
    if rnd(2):
        x = -x
    out.append(f"{x!r} {x:.3e} {x:g} {x:.12g} {round(x, 3)!r}")
for line in out:
    print(line)
print(sum(float(s.split()[0]) == eval(s.split()[0]) for s in out))
