print("{:^10.3}|".format("abcdef"), "{!a}".format("é"), "{0!r:>10}".format("x"), "{:>{}}".format("r", 4))
print("%(x)5.1f|%(y)-4s|" % {"x": 3.14159, "y": "ab"}, "%5s|%-5d|%05.1f" % ("a", 3, 2.25), "%i %u" % (3, 4))
print("{0.__class__.__name__}".format(1), "{0[0][1]}".format([[1, 2]]), "{:,}".format(10**6), "{:%}".format(0.5))
print("{}".format(None), "{:}".format(1.5), "{:10}|".format(None) if False else "skip", "{:s}".format("s"))
print(f"{'nested {}'!r}", f"{{literal}}", f"{3}{4}", f"{'a' 'b'}", f"""{
1 + 1}""")
