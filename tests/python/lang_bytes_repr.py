print(repr(b"it's"), repr(b'"q"'), repr(b"both'\""), repr(b"\t\n\r\x00\x7f\x80\\"), repr(bytearray(b"x'")))
