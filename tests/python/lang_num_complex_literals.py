# Imaginary literals: every form the tokenizer accepts, and what they evaluate to.
print(1j, 1.5J, 1e3j, 1_0j, 0j, 00j, 0777j, .5j, 5.j, 1E-3J, 1_000.000_1j)
print(type(1j).__name__, (1j).real, (1j).imag, -0j, +2j)
print(1 + 2j, 1 - 2j, -1 - 2j, 2j * 2j, 3 + 0j)
print(1e400j, -1e400j, 1e-400j)
x = 2
print(x + 1j, x * 1j, [1j, 2j], {1j: 'a'}, (1j,))
print(1j.imag, 1J.real, 1j.conjugate())
for src in ["1j_", "1__0j", "1jj", "0x1j", "1.2.3j"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
