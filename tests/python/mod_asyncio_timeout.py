# asyncio.timeout / timeout_at (3.11): expiry becomes TimeoutError, reschedule, nesting in a task.
import asyncio
async def slow(n):
    await asyncio.sleep(n)
    return n
async def main():
    try:
        async with asyncio.timeout(0.5) as t:
            print(t.when() is not None, t.expired())
            await slow(5)
    except TimeoutError as e:
        print("timed out", type(e).__name__, t.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(2) as t:
        r = await slow(1)
    print("finished", r, t.expired())
    async with asyncio.timeout(None) as t:
        t.reschedule(asyncio.get_running_loop().time() + 0.1)
        try:
            await slow(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreachable")
async def outer():
    try:
        await main()
    except TimeoutError:
        print("outer got TimeoutError")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.2):
            await asyncio.gather(slow(1), slow(2))
    except TimeoutError:
        print("gather timed out", asyncio.current_task().cancelling())
asyncio.run(outer())
