# expect: output done
# echo-host: echo
try:
    echo(1, **{"a": object()})
except TypeError:
    pass
print("done")
