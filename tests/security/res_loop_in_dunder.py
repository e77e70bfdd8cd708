# expect: limit instructions
# limits: --instructions 1000000
# The budget holds inside Python called from C (list.index -> __eq__).
class A:
    def __eq__(self, other):
        while True:
            pass
[A()].index(A())
