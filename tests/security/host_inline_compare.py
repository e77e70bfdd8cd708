# expect: output True False True
# expect: output True
# echo-host: rank
# Host calls inside __eq__/__lt__ called by comparison operators (not by sort keys: sorted()
# compares from C) pause the run like any other call; NotImplemented still falls back.
class Item:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return rank(self.name) == rank(other.name)
    def __lt__(self, other):
        return rank(self.name) < rank(other.name)
a, b = Item("a"), Item("b")
print(a == Item("a"), a == b, a < b)
print(a != 5)
