# expect: exception ValueError
# echo-host: echo
x = []
x.append(x)
echo(x)
