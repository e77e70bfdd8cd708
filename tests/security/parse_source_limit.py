# expect: exception SyntaxError
# Source passed to exec/eval obeys MOAT_MAX_SOURCE_BYTES too (SyntaxError: source code is too large).
exec('x = 1\n' * 300000)
