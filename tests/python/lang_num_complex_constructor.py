# complex(real=0, imag=0): numbers, strings, __complex__/__float__/__index__, keywords, subclasses.
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __complex__(self): return 1+1j
class BadC:
    def __complex__(self): return 1
cases = ['complex()', 'complex(1)', 'complex(1.5)', 'complex(1j)', 'complex(1, 2)', 'complex(1j, 1j)',
 'complex(real=1, imag=2)', 'complex(imag=2)', 'complex(True, False)', 'complex(-0.0, -0.0)',
 'complex("1+2j")', 'complex("(1-2j)")', 'complex(" 3j ")', 'complex("inf")', 'complex("nanj")',
 'complex("-inf-infj")', 'complex("1e3j")', 'complex("1_0j")', 'complex("j")', 'complex("-j")', 'complex("+J")',
 'complex("1+j")', 'complex("1-J")', 'complex("1e400")', 'complex(".5j")', 'complex("5.j")', 'complex(" ( 1+2j ) ")',
 'complex("1.5e-3+2.5e+3j")', 'complex("nan+nanj")', 'complex("-nan")', 'complex("infinityj")', 'complex("InFiNiTy")',
 'complex("\\u0661+\\u0662j")', 'complex("\\u20031j\\u2003")', 'complex("\\t1\\n")',
 'complex(F())', 'complex(I())', 'complex(C())', 'complex(F(), I())', 'complex(C(), 1)',
 'complex(1+2j, 3+4j)', 'complex(1j, 2)', 'complex(2, 1j)']
for t in cases:
    print(t, '->', repr(eval(t)))
class Sub(complex):
    pass
s = Sub(1, 2)
print(type(s).__name__, s, repr(s), s + 1, type(s + 1).__name__, type(+s).__name__, type(-s).__name__)
print(s == 1+2j, complex(s), type(complex(s)).__name__, isinstance(s, complex), s.real, s.imag)
class Sub2(complex):
    def __repr__(self): return 'Sub2!'
print(Sub2(3), str(Sub2(3)), Sub2("1+1j").imag, Sub2(real=5).real)
z = 1+2j
print(complex(z) is z, complex(z, 0) is z)
