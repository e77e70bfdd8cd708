# An f-string with an empty expression is a SyntaxError.
name = "x"
print(f"hello {}")
