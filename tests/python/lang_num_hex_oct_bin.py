print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**100), bin(2**70))
print(0x_ff, 0o_17, 0b_1010, 1_000)
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:#010b}")
