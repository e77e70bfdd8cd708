# Fraction as right operand of str/list +, *, %: the sequence's own error message (or %-formatting)
# wins over Fraction's reflected method returning NotImplemented, as in CPython.
from fractions import Fraction as F
print('%s' % F(1, 2), '%r' % F(1, 3))
for bad in ('1', [1]):
    for op in ('+', '*', '%'):
        try:
            eval('bad ' + op + ' F(1, 2)')
        except TypeError as e:
            print('TypeError', e)
