print(f"{42:c} {42:d} {42:n} {-42:x} {42:+,} {1234:_d} {0xdead:_x} {42:e} {42:.2f} {42:%}")
print(f"{2**64:,}", f"{-2**64:_}", format(10**25, "020,"), format(5, "#06b"), format(255, "X"))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format(123, 123, 123, 123))
try:
    format(42, ".2d")
except ValueError as e:
    print(e)
try:
    format(42, ",c")
except ValueError as e:
    print(e)
