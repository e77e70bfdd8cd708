class A:
    __cls_private = "cp"
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def __hidden(self):
        return "hidden"
    def get(self):
        __local = 5
        f = lambda: self.__x + __local
        return self.__x, self.__hidden(), A.__cls_private, f(), [self.__x for _ in range(1)]
    class __Inner:
        pass
a = A()
print(a._A__x, a.__y__, a.get(), hasattr(a, "__x"), A._A__hidden(a), A._A__Inner.__name__)
class _B(A):
    def get2(self):
        try:
            return self.__x
        except AttributeError as e:
            return "AttributeError"
print(_B().get2())
class __C:
    def m(self):
        self.__z = 3
        return self.__z
print(__C().m(), vars(__C())) 
