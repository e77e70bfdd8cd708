# expect: exception TypeError
# echo-host: echo
echo(lambda: 1)
