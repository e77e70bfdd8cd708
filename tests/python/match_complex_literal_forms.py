# Complex literal patterns: real +/- imaginary forms in value, or, sequence, mapping and class
# patterns, and the SyntaxErrors (with positions) for malformed complex literals.
for src in ['case 1 + 2: pass', 'case 1j + 2j: pass', 'case 1 + x: pass', 'case {1+2: x}: pass', 'case 1 + 2j + 3j: pass', 'case -1j + 2j: pass', 'case 1 - 2: pass', 'case -1 + -2j: pass', 'case (1+2j, -3-4.5j): pass', 'case 1+2j | 0j | -0j: pass', 'case {-1-1j: a, 2j: b}: pass', 'case {1+1j: a, 1+1j: b}: pass']:
    code = 'match v:\n    %s\n' % src
    try:
        compile(code, '<s>', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
def f(v):
    match v:
        case (1+2j, -3-4.5j): return 'tuple'
        case 1+2j | 0j | -0j: return 'or'
        case {-1-1j: a, 2j: b}: return ('map', a, b)
        case complex(real=0.0, imag=i) if i > 5: return ('class', i)
        case 1.5 - 0.5j: return 'float complex'
    return 'none'
print(f((1+2j, -3-4.5j)), f(0), f(0.0), f({-1-1j: 1, 2j: 2}), f(7j), f(1.5-0.5j), f(1+2j), f(False))
