# format() and f-string specs for complex: alignment, sign, precision, types, grouping, errors.
import math
inf, nan = math.inf, math.nan
specs = [(1+2j, ""), (1+2j, "10"), (1j, "10"), (1j, "<10"), (1j, "^10"), (1+2j, "*^20"), (1+2j, "+"), (1+2j, " "),
 (-1-2j, ""), (1.5+2.25j, ".1f"), (1.5+2.25j, "e"), (1.5+2.25j, "E"), (1.5+2.25j, "g"), (1.5+2.25j, "G"),
 (12345.678+9876543.21j, ",.2f"), (12345.678+9876543.21j, "_"), (1+2j, "n"), (1+2j, ".3"), (1.23456789+2j, ".3"),
 (1e20+1j, ""), (1e20+1j, ".3"), (1j, ".3"), (-0.0+1j, ""), (complex(nan, inf), ""), (complex(nan, inf), "f"),
 (complex(nan, -inf), "F"), (1+2j, "#"), (1.5+2j, "#"), (1+2j, "#.0f"), (-0.0-0.0001j, "z.2f"), (-0.0-0.0001j, ".2f"),
 (1+2j, ","), (1234.5j, ",.1f"), (1+2j, "+.3e"), (-1j, "+"), (1+2j, "x<12.2f"), (123j, "5"), (1e-7+1e7j, "g")]
for v, s in specs:
    print(repr(s), repr(format(v, s)))
for s in ["%", "d", "s", "x", "c", "010", "0<10", "=10", ",n"]:
    try:
        format(1+2j, s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(f"{3+4j:.2f}", f"{1+1j!r:>12}", "{:8.3f}".format(1-1j), "{0.real} {0.imag}".format(2+3j))
