# expect: limit instructions
# limits: --instructions 1000000
class A:
    def __repr__(self):
        while True:
            pass
print([A()])
