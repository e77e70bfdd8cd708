# expect: output True
# echo-host: echo
n = 7 ** 5000
print(echo(n) == n)
