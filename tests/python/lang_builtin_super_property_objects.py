class A:
    def get(self): return 1
class B(A):
    def get(self): return super(B, self).get() + 1
    value = property(get)
print(B().get(), B().value, super(B, B()).get())
