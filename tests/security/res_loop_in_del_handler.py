# expect: limit instructions
# limits: --instructions 1000000
class A:
    def __hash__(self):
        while True:
            pass
{A(): 1}
