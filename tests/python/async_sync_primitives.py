# asyncio.Queue, Event, Lock, Semaphore, wait_for and cancellation.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.1)
    await q.put(None)


async def consumer(q):
    out = []
    while True:
        x = await q.get()
        if x is None:
            return out
        out.append(x * x)


async def main():
    q = asyncio.Queue()
    print(await asyncio.gather(producer(q, 4), consumer(q)))

    ev = asyncio.Event()

    async def wait_ev(i):
        await ev.wait()
        return i

    ts = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    print(ev.is_set(), [t.done() for t in ts])
    ev.set()
    print(await asyncio.gather(*ts))

    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(name + "+")
            await asyncio.sleep(0.1)
            trace.append(name + "-")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(trace)

    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.1)
            active[0] -= 1

    await asyncio.gather(*(limited() for _ in range(5)))
    print("max concurrent", active[1])

    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.5)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.1, "in time"), 1))

    async def slow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("slow was cancelled")
            raise

    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())


asyncio.run(main())
