# expect: exception RuntimeError
# echo-host: echo
class A:
    def __eq__(self, o):
        return echo(True)
[A()].index(1)
