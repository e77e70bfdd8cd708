# expect: exception TypeError
# cpython: same
class H:
    def __hash__(self):
        return "nope"
{H(): 1}
