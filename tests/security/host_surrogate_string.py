# expect: exception ValueError
# echo-host: echo
echo("\ud800")
