# expect: output 1001
# expect: output ValueError
# expect: output ValueError
# The int<->str digit limit is read from the sys module in the run's module cache; replacing that
# entry (sys.modules is the cache) with a non-module or a junk limit must neither crash nor lift the
# default limit.
import sys
sys.set_int_max_str_digits(2000)
print(len(str(10 ** 1000)))
sys.modules['sys'] = 5
try:
    str(10 ** 5000)
except ValueError:
    print('ValueError')
sys.modules['sys'] = sys
sys._int_max_str_digits = -3
try:
    int('1' * 5000)
except ValueError:
    print('ValueError')
