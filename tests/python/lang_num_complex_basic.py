z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * 2, z + 1, z - 1j, (1j) ** 2, 1j * 1j)
print(complex(1, 2), complex("1+2j"), repr(2j), -1j)
print(z == complex(3, 4))
