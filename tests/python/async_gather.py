# asyncio.gather: results in argument order, return_exceptions, first exception propagates.
import asyncio

order = []


async def job(name, delay, result):
    order.append(("start", name))
    await asyncio.sleep(delay)
    order.append(("end", name))
    return result


async def fail(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(job("a", 0.3, 1), job("b", 0.1, 2), job("c", 0.2, 3)))
    print(order)
    print(await asyncio.gather())
    r = await asyncio.gather(fail(0.1, "x"), job("d", 0.05, 4), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(job("e", 0.01, 5), fail(0.02, "second"), fail(0.03, "third"))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(job("f", 0, 6))
    print(await asyncio.gather(t, t, job("g", 0, 7)))


asyncio.run(main())
