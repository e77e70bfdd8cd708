class Base:
    def __init__(self, v): self.v = v
    @classmethod
    def make(cls): return cls.__name__
    def hi(self): return "base hi"
class Kid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    @classmethod
    def make(cls): return "kid:" + super().make()
    def hi(self): return super(Kid, self).hi() + " via explicit"
k = Kid(5)
print(k.v, Kid.make(), k.hi(), super(Kid, k).hi())
def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()
