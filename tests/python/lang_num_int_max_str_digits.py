import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)))
sys.set_int_max_str_digits(0)
print(len(str(10**6000)))
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
