# format() with pseudo-random specs (fill, align, sign, z, #, 0, width, grouping, precision, type) over
# ints, floats and strs: results and error messages must match CPython exactly.
s = 987654321
def rnd(n):
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % (2**64)
    return (s >> 33) % n
parts_fill = ["", "", "", "*", "0", " ", "é"]
parts_align = ["", "", "<", ">", "^", "="]
parts_sign = ["", "", "+", "-", " "]
parts_z = ["", "", "", "z"]
parts_alt = ["", "", "#"]
parts_zero = ["", "", "0"]
parts_width = ["", "", "1", "5", "12", "20"]
parts_group = ["", "", "", ",", "_"]
parts_prec = ["", "", ".0", ".1", ".3", ".10", ".17"]
parts_type = ["", "", "d", "b", "o", "x", "X", "c", "e", "E", "f", "F", "g", "G", "n", "%", "s"]
vals = [0, 1, -1, 7, -42, 255, 1000, -1234567, 10**20, -(10**25), True, 0.0, -0.0, 1.5, -2.25, 0.1, 1e-7,
        123456.789, 1e16, -1e300, float("inf"), float("nan"), 2.5, 0.5, 999.9999, 5e-324, "abc", "", "héllo wörld"]
out = []
for i in range(3000):
    fill = parts_fill[rnd(len(parts_fill))]
    align = parts_align[rnd(len(parts_align))]
    if fill and not align:
        align = "<"
    spec = (fill + align if align else "") + parts_sign[rnd(5)] + parts_z[rnd(4)] + parts_alt[rnd(3)] + \
        parts_zero[rnd(3)] + parts_width[rnd(6)] + parts_group[rnd(5)] + parts_prec[rnd(7)] + parts_type[rnd(17)]
    v = vals[rnd(len(vals))]
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    out.append(repr(v) + " " + repr(spec) + " -> " + r)
print("\n".join(out))
