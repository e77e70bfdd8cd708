# expect: output 150
# echo-host: echo
x = 0
for i in range(150):
    x = [x]
y = echo(x)
n = 0
while isinstance(y, list):
    y = y[0]
    n += 1
print(n)
