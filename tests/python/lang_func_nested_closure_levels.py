def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d
        return c
    return b
print(a()()()())
def loop_closures():
    out = []
    for i in range(3):
        def mk(j=i):
            return lambda: (i, j)
        out.append(mk())
    return [f() for f in out]
print(loop_closures())
def counter_class():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C()
c = counter_class(); c.inc(); print(c.inc())
