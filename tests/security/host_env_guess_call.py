# expect: exception NameError
# echo-host: echo
getenv("MOAT_CANARY")
