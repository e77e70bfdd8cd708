# fs: tmpdir
# Host calls (file I/O) in code that throw() resumes: a task's except/finally blocks run when
# asyncio cancels it (coro.throw), and generators driven by hand with throw().
import asyncio
import os


def log(msg):
    with open('log.txt', 'a') as f:
        f.write(msg + '\n')


async def slow(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log(f'cancelled {i}')
        print('exists in handler', os.path.exists('log.txt'), os.listdir('.'))
        raise
    finally:
        log(f'finally {i}')


async def main():
    t = asyncio.create_task(slow(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('t cancelled', t.cancelled())
    try:
        await asyncio.wait_for(slow(2), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    print(open('log.txt').read().split('\n'))

asyncio.run(main())


def inner():
    try:
        yield 1
    except KeyError as e:
        log('inner caught ' + str(e))
        print(os.path.getsize('log.txt'))
        yield 'handled'
    yield 'after'


def outer():
    r = yield from inner()
    return r


g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print(type(e).__name__, e)


def returns():
    try:
        yield 1
    except KeyError:
        return 'ret'


def outer2():
    r = yield from returns()
    yield 'got ' + r

g = outer2()
next(g)
print(g.throw(KeyError()))


def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(IndexError('i'))
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('IndexError', n)
print(next(p, 'finished'))


async def coro():
    try:
        await asyncio.sleep(0)
    except KeyError:
        return 'coro caught'

c = coro()
c.send(None)
try:
    c.throw(KeyError())
except StopIteration as e:
    print(e.value)
def stopper():
    try:
        yield 1
    except KeyError:
        raise StopIteration('x')
s = stopper()
next(s)
try:
    s.throw(KeyError())
except RuntimeError as e:
    print(type(e).__name__, e)
print(open('log.txt').read().split('\n'))
