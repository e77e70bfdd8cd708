# expect: exception ValueError
# echo-host: echo
x = []
for i in range(10000):
    x = [x]
echo(x)
