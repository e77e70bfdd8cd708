# expect: output 100000
# echo-host: echo
print(len(echo(list(range(100000)))))
