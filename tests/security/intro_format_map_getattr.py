# expect: output 1
# cpython: same
class Hostile(dict):
    def __missing__(self, key):
        self.clear()
        return 1
print("{x}".format_map(Hostile()))
