class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("A.__lt__"); return self.v < o.v
    def __gt__(self, o):
        print("A.__gt__"); return self.v > o.v
    def __eq__(self, o):
        print("A.__eq__"); return NotImplemented
class B(A):
    def __gt__(self, o):
        print("B.__gt__"); return True
    def __eq__(self, o):
        print("B.__eq__"); return "B-eq"
print(A(1) < B(2))
print(A(1) == B(1))
print(A(1) == A(1))
