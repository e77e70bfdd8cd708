# fs: tmpdir
# Blocking host calls (file I/O) made by plain functions that a coroutine calls: CPython runs them
# (blocking the loop); Moat pauses the run for each one. Also generator/coroutine send() by hand.
import asyncio
import os
from pathlib import Path


def save(name, text):
    with open(name, 'w') as f:
        f.write(text)
    return len(text)


async def worker(i):
    n = save(f'w{i}.txt', 'x' * i)
    await asyncio.sleep(0.05 * (3 - i))
    Path(f'p{i}.txt').write_text(Path(f'w{i}.txt').read_text() + '!')
    return n


async def failing():
    await asyncio.sleep(0)
    open('missing/nothing.txt')


async def main():
    with open('x.txt', 'w') as f:
        f.write('async')
    await asyncio.sleep(0)
    print(open('x.txt').read(), os.listdir('.'))
    print(await asyncio.gather(*(worker(i) for i in range(3))))
    print(sorted(os.listdir('.')))
    print([Path(f'p{i}.txt').read_text() for i in range(3)])
    try:
        await failing()
    except OSError as e:
        print(type(e).__name__, e.errno)
    t = asyncio.create_task(failing())
    try:
        await t
    except FileNotFoundError as e:
        print('task', type(e).__name__)
    return 'done'


print(asyncio.run(main()))


# Driving coroutines and generators by hand with send().
def gen():
    x = yield 1
    print('got', x)
    save('g.txt', 'gen')
    y = yield 2
    return x + y


g = gen()
print(g.send(None), g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print('stop', e.value, open('g.txt').read())
try:
    g.send(1)
except StopIteration as e:
    print('stop again', e.args)


async def coro():
    save('c.txt', 'coro')
    await asyncio.sleep(0)
    return 42

c = coro()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('coro stop', e.value, open('c.txt').read())
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def bad():
    raise StopIteration(3)

try:
    bad().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def bad_gen():
    yield 1
    raise StopIteration

b = bad_gen()
b.send(None)
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    gen().send(3)
except TypeError as e:
    print(type(e).__name__, e)
c2 = coro()
try:
    c2.send(3)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()


def reentrant():
    yield me.send(None)

me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)


async def reentrant_coro():
    mc.send(None)

mc = reentrant_coro()
try:
    mc.send(None)
except ValueError as e:
    print(type(e).__name__, e)


# An exception escaping a coroutine driven by send() keeps its traceback through the caller.
async def deep():
    save('d.txt', 'd')
    raise KeyError('k')

try:
    deep().send(None)
except KeyError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print('KeyError frames', n)
