# int()/float() of bytes and bytearray, and the error messages (repr of the argument, int cut at 200).
print(int(bytearray(b"12")), int(bytearray(b"ff"), 16), float(bytearray(b" 1.5 ")), int(b"-7"), float(b"2e3"))
try:
    int(bytearray(b"x1"), 16)
except ValueError as e:
    print(e)
try:
    float(b"abc")
except ValueError as e:
    print(e)
for bad in ["x" * 300, "ü" * 250, b"q" * 5, bytearray(b"zz")]:
    try:
        int(bad)
    except ValueError as e:
        print(len(str(e)), str(e)[-20:])
    try:
        float(bad)
    except ValueError as e:
        print(len(str(e)), str(e)[-20:])
