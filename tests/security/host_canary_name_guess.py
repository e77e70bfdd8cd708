# expect: exception NameError
# echo-host: echo
print(MOAT_CANARY)
