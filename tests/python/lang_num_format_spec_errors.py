# format-spec parse errors as CPython 3.11: grouping order, the type as one code point (non-ASCII
# and control characters shown as \x..), for int, float, str and complex.
for v in [1, 1.5, 'a', 1j]:
  for sp in ['é', ',é', '_é', ',,', '_,', ',_', '__', ', ', '\x01', ',\x01', ',\x7f', '10é', 'ée']:
    try: print(repr(v), repr(sp), repr(format(v, sp)))
    except Exception as e: print(repr(v), repr(sp), type(e).__name__, e)
