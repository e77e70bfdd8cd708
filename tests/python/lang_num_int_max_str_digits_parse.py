# int(str) and str(int) under sys.set_int_max_str_digits(); sys.int_info; argument errors.
import sys
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, tuple(sys.int_info))
sys.set_int_max_str_digits(700)
print(len(str(int('9' * 700))))
for s in ['9' * 701, '-' + '1' * 800, '1_' * 700 + '1']:
    try:
        int(s)
    except ValueError as e:
        print(e)
print(int('f' * 2000, 16) > 0, len(hex(10 ** 1000)), int('1' * 1000, 2) > 0)
try:
    int('7' * 1000, 7)
except ValueError as e:
    print(e)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
print(len(repr(10 ** 699)), len(f"{10 ** 699}"), len('%d' % 10 ** 699))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), int('5' * 20000) % 7)
for bad in [639, 1, -1, 1.5, '700', 2 ** 40]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
