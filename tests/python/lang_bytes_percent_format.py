print(b"%s-%d-%x" % (b"ab", 5, 255), b"%5s|" % b"x", b"%c" % 65, b"%r" % b"x" if False else b"ok")
