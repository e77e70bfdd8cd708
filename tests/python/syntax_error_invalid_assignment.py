# Assigning to a literal is a SyntaxError with CPython's wording.
x = 1
1 = x
