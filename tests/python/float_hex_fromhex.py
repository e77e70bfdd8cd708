# float.hex() and float.fromhex(): formats, rounding of long mantissas, errors.
print([x.hex() for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, float("inf")]])
for s in ['0x1.8p1','1.8p1','-0X1P-1074','0x1p-1080','0x1p1024','0x.8','0x1.','0x','inf',' -Infinity ','nan','0x1p','0x1.gp1','1','ff','0x1_0', ' 0x1.8 ', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1.00000000000008p0', '0x1.00000000000018p0', '', '+', '-0x0p0', 'p1', '.p1', '0x.p1', '1e3', '0x1p+10', '0x1p-0']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for x in [0.1, -2.5, 1e300, 5e-324, 1/3]:
    print(float.fromhex(x.hex()) == x, (1.5).fromhex("0x3p-1"))
