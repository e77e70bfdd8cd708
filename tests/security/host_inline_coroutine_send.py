# expect: output ['t0:a', 't1:b', 't2:c']
# expect: output sent:x
# expect: output RecursionError
# echo-host: tool
# Host calls made by plain functions under a coroutine (asyncio drives tasks with coro.send) and
# under a generator resumed by send(): they pause the run like any host call, count against the
# host-call limit (host_inline_coroutine_limit.py), and a deep chain of send() calls is bounded
# by the recursion limit.
import asyncio


def lookup(i, q):
    return tool(f't{i}:{q}')


async def task(i, q):
    await asyncio.sleep(0)
    return lookup(i, q)


async def main():
    return await asyncio.gather(*(task(i, q) for i, q in enumerate('abc')))

print(asyncio.run(main()))


def gen():
    x = yield
    yield lookup('', 'unused') if x is None else tool('sent:' + x)

g = gen()
g.send(None)
print(g.send('x'))


def chain(n):
    yield chain(n - 1).send(None) if n else 'bottom'

try:
    chain(1000000).send(None)
except RecursionError as e:
    print(type(e).__name__)

