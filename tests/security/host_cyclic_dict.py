# expect: exception ValueError
# echo-host: echo
d = {}
d["d"] = d
echo(d)
