# expect: output 1000000 True
# echo-host: echo
s = "y" * 1000000
r = echo(s)
print(len(r), r == s)
