print(chr(65), chr(0x263A), chr(0x1D11E), ord("a"), ord("€"), ord("𝄞"))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
