# Async generators: async def with yield, async for over them, asend/athrow/aclose, awaits inside.
import asyncio


async def ticks(n, delay=0.01):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            got = yield i
            if got is not None:
                print("got", got)
    finally:
        print("ticks cleanup")


async def evens(src):
    async for v in src:
        if v % 2 == 0:
            yield v * 10


async def main():
    g = ticks(3)
    print(type(g).__name__, g.__name__, repr(g).startswith("<async_generator object ticks at"))
    async for v in g:
        print("v", v)
    print([v async for v in evens(ticks(5))])
    g = ticks(10)
    print(await g.__anext__(), await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g = ticks(10)
    print(await g.__anext__())
    try:
        await g.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow:", e)
    g = ticks(2)
    print(await anext_or(g, "dflt"), await anext_or(g, "dflt"), await anext_or(g, "dflt"))
    for v in [1, 2]:
        async for w in ticks(v):
            if w == 1:
                break
            print("inner", v, w)


async def anext_or(g, default):
    try:
        return await g.__anext__()
    except StopAsyncIteration:
        return default


asyncio.run(main())
