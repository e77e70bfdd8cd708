# int()/float()/complex() of str strip ASCII whitespace (\t..\r, space) and Unicode spaces, but
# not the ASCII separators \x1c..\x1f (CPython: Py_ISSPACE after the Unicode-to-ASCII mapping).
for s in ['\x1c1', '1\x1f', '\x0b1', '\x851', '\u20001', '\x1c1j', '\x0b1j\x0c', '\u2000(1+1j)\u3000', '1\x85']:
  for f in (float, complex, int):
    try: print(repr(s), f.__name__, repr(f(s)))
    except Exception as e: print(repr(s), f.__name__, 'ERR', e)
