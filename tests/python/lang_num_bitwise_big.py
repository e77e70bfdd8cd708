a = 2**100 + 2**3
b = 2**99 + 2**3 + 1
print(a & b, a | b, a ^ b)
print(~a, ~-a)
print(-a & b, -a | b, -a ^ -b)
print((-1) & 0xFFFF)
