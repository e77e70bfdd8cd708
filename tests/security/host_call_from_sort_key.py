# expect: exception RuntimeError
# echo-host: echo
# A host call cannot pause inside a nested VM loop (DESIGN.md section 1).
sorted([3, 1, 2], key=echo)
