# Exceptions propagate through awaits and tasks as in CPython; try/finally in coroutines.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


async def middle(x):
    try:
        return await inner(x)
    finally:
        print("finally", x)


async def main():
    print(await middle(1))
    try:
        await middle(-1)
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(inner(-2))
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), type(t.exception()).__name__)
    try:
        try:
            await inner(-3)
        except ValueError as e:
            raise KeyError("wrapped") from e
    except KeyError as e:
        print("chained", repr(e), repr(e.__cause__))
    try:
        asyncio.run(inner(1))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())


async def boom():
    await asyncio.sleep(0.1)
    raise KeyError("uncaught in a task")

asyncio.run(boom())
