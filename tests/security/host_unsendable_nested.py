# expect: exception TypeError
# echo-host: echo
echo({"a": [1, 2, {"b": (3, object())}]})
