# code.co_flags with CPython's bit values, and the other co_* attributes inspect-style code reads.
import asyncio


def plain(a, b=1):
    return a


def star(*args, **kwargs):
    pass


def gen(x, /, y, *, z):
    yield x


async def coro(a):
    return a


async def agen():
    yield 1


def outer():
    x = 1

    def inner():
        return x

    def inner2():
        return 1

    class K:
        def m(self):
            pass

    return inner, inner2, K.m, (lambda: 0), [lambda: 0 for _ in [1]][0]


class C:
    def m(self):
        pass


CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200
for f in [plain, star, gen, coro, agen, C.m, (lambda: 0), *outer()]:
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_flags, bool(c.co_flags & CO_GENERATOR),
          bool(c.co_flags & CO_COROUTINE), bool(c.co_flags & CO_ASYNC_GENERATOR))
    print('  ', c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames,
          c.co_firstlineno, type(c.co_filename).__name__)
print((x for x in []).gi_code.co_flags, coro(1).cr_code.co_flags)
c = coro(1)
c.close()


def is_generator_function(f):
    return bool(f.__code__.co_flags & 0x20)


print([is_generator_function(f) for f in (plain, gen, coro, agen)])
print(next(lambda: 0 for _ in [1]).__qualname__, [[lambda: 0 for _ in [1]] for _ in [1]][0][0].__qualname__)
