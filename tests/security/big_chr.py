# expect: exception ValueError
# cpython: same
chr(0x110000)
