print("%s %d %5.2f %-5s| %05d %x %X %o %e %g %%" % ("a", 42, 3.14159, "ab", 42, 255, 255, 8, 12345.678, 0.0001))
print("%(a)s and %(b)r" % {"a": 1, "b": "two"}, "%r" % ("t",), "%s" % [1, 2])
print("%c%c" % (65, "b"), "%+d % d" % (5, 5), "%#x %#o" % (255, 8), "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
