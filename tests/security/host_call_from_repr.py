# expect: exception RuntimeError
# echo-host: echo
class A:
    def __repr__(self):
        return echo("r")
repr(A())
