# expect: exception TypeError
# echo-host: echo
class A:
    pass
echo(A())
