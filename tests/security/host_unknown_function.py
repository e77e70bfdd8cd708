# expect: exception NameError
# echo-host: echo
nothere(1)
