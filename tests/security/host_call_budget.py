# expect: limit host_calls
# limits: --host-calls 5
# echo-host: echo
for i in range(100):
    echo(i)
