a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2, 1 << 70, -8 >> 1)
print(-5 & 0xFF, -1 ^ 5, ~-1)
print(bin(a), hex(255), oct(8), bin(-5))
