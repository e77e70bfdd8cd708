# expect: output True
# cpython: same
class H:
    def __hash__(self):
        return 2 ** 200
print(isinstance(hash(H()), int))
