# expect: limit time
# limits: --time-ms 1000 --instructions 100000000 --memory-bytes 1000000000
# With sys.set_int_max_str_digits(0) a decimal conversion is unbounded and quadratic: the
# conversion loops pace the clock, so one str()/int() of a huge value still stops at the time limit.
import sys
sys.set_int_max_str_digits(0)
x = 7 ** 3000000
s = str(x)
print(len(s))
