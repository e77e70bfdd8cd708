# expect: exception RecursionError
# cpython: same
class A:
    def __len__(self):
        return len(self)
len(A())
