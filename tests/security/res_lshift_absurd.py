# expect: exception OverflowError
# Refused up front (CPython: MemoryError after trying).
x = 1 << (10**12)
