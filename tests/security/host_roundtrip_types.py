# expect: output [1, 2.5, 'x', b'y', None, True, (1, 2), {'k': [1]}]
# echo-host: echo
print(echo([1, 2.5, "x", b"y", None, True, (1, 2), {"k": [1]}]))
