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
