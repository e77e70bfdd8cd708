class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1); a.own.append(2)
print(b.shared, b.own, C.count, a.count)
a.count = 99
print(a.count, C.count, b.count, sorted(a.__dict__), "count" in C.__dict__)
del a.count
print(a.count)
C.new_attr = "late"; print(b.new_attr)
