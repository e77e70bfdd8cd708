print(0x1F, 0o17, 0b101, 1_000_000, 0xdead_beef)
print(0, 00, 0_0)
print(10000000000000000000000)
print(-0, +5)
