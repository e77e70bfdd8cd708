# expect: limit time
# limits: --time-ms 1000 --instructions 100000000 --memory-bytes 1000000000
# int() of a multi-million-digit decimal string with the digit limit disabled stops at the time limit.
import sys
sys.set_int_max_str_digits(0)
s = '7' * 3000000
x = int(s)
print(x % 10)
