# create_task, tasks awaiting each other, sleep ordering (virtual time orders like CPython's clock;
# the wake-up times are at least 50 ms apart, so CPython's real clock cannot swap them).
import asyncio

log = []


async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return name.upper()


async def waiter(task):
    r = await task
    return "waited " + r


async def main():
    t1 = asyncio.create_task(worker("a", 0.35, 3))
    t2 = asyncio.create_task(worker("b", 0.2, 4))
    t3 = asyncio.create_task(waiter(t1))
    print(t1.done(), t1.get_name().startswith("Task-"))
    print(await t2, await t3, await t1)
    print(log)
    print(t1.done(), t1.result())
    named = asyncio.create_task(worker("n", 0, 1), name="custom")
    print(named.get_name(), await named)
    print(asyncio.current_task().done())
    print(len(asyncio.all_tasks()))
    return "main done"


print(asyncio.run(main()))
c = worker("x", 0, 1)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
