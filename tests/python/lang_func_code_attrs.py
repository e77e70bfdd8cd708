def f(a, b=2, *args, c, **kw):
    x = 1
    def g():
        return x + a
    return g
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_cellvars)
g = f(1, c=2)
print(g.__code__.co_freevars, [cell.cell_contents for cell in g.__closure__])
print(c.co_filename.endswith(".py"), c.co_firstlineno)
