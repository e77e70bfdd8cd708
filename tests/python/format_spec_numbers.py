# format() / f-string format specs for int, float and str (the mini-language).
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**20, True]
specs = ["", "d", "5", "<5", ">5", "^5", "=5", "+", "-", " ", "05", "+05", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", ",", "_", "_x", "_b", "#_x", "010,", "012_", "e", ".2e", "f", ".1f", "%", "g", "n", "c",
         "*^9", "0=+8", "#010x", "-^+9,"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and (v < 0 or v > 0x10FFFF):
            continue
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)

fvals = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234.5678, 1e16, 1e-7, 123456789.0, 0.1, 2.5, float("inf"),
         float("-inf"), float("nan"), 1e300, 5e-324]
fspecs = ["", ".3", ".0", ".12", "g", ".3g", "#g", "G", "e", ".0e", "E", "f", ".0f", "#.0f", ".2f", "F",
          "%", ".1%", ",", ",.2f", "_.3f", "10.2f", "<10", "^12.3", "+.1e", " g", "010.2f", "z.1f", "n",
          "*>12,.1f", "=+15,.2f"]
for v in fvals:
    out = []
    for s in fspecs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)

for s in ["", "10", "<10", "^10", ">10", "*^11", ".2", "10.3", "05"]:
    print(repr(format("héllo", s)), repr(f"{'ab':{s}}"))

for bad in [(1, ".2"), (1, ",x"), (1, "_n"), (1, "z"), (1, "s"), (1.5, "d"), ("a", "+"), ("a", "#"),
            ("a", "=5"), ("a", ","), (1, "+c"), (-1, "c"), (1, "abc"), (1.5, "."), (1, ",_")]:
    try:
        print(format(*bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

x = 12345.6789
print(f"{x:,.2f} {x:_.1f} {x:>+14,.3f} {x:e} {x:.3%} {-x:010.1f}")
print("{:08.3f}|{:^9}|{:x<4}|{:#b}".format(3.14159, "mid", 7, 5))
print(f"{255:#06x} {-255:#06x} {1e100:.3} {1/3:.15g} {2**70:,}")
for v, s in [(0.1, ".20"), (0.1, ".25g"), (1e-320, ".3"), (123.456, "#.3"), (0.0, "#g"), (1e100, ",.2f"), (-0.0, ""), (-0.0, ".2"), (1.0, "#"), (1.0, "#.3"), (1e16, "#"), (12345.0, "#.2"), (0.5, ".0%"), (2.5, ".0f"), (3.5, ".0f"), (-1e-10, "z.3f"), (-1e-10, "z.3e"), (-1e-10, "z"), (1.5, "0>+10.2f"), (1.5, "=010.2f"), (12, ".3e"), (True, ".1f"), (10**17, "g"), (2**70, "e")]:
    print(v, s, repr(format(v, s)))
for v,s in [(1,',q'),(1.5,',q'),('a',',q'),(1,'_q'),('a','_'),(1,'_c'),(1.5,'_n'),(1,',n'),(1,',x'),(1,'_x'),(1.5,'_e')]:
    try: print(format(v,s))
    except Exception as e: print(v,s,e)
