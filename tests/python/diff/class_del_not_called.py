# Deliberate difference: Moat never calls __del__ (CPython calls it when the last reference goes
# away, and for cycles in the collector). Finalizers run during deallocation, where a hostile
# __del__ could resurrect the object or re-enter the collector; use `with` or try/finally instead.
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("finalize", self.name)
def scope():
    r = Res("local")
    print("in scope")
scope()
x = Res("rebound")
x = None
y = Res("deleted")
del y
print("end")
