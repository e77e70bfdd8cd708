print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2**65, 3))
print(bin(10), oct(64), hex(-1), hex(0))
try:
    hex(1.5)
except TypeError as e:
    print(e)
