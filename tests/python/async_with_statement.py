# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression.
import asyncio


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError


async def main():
    async with Res("a") as r, Res("b") as s:
        print("body", r.name, s.name)
    async with Res("c"):
        raise KeyError("x")
    print("suppressed")
    try:
        async with Res("d"):
            raise ValueError("v")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Res(f"loop{i}"):
            if i == 1:
                continue
            print("in loop", i)

    async def early():
        async with Res("ret"):
            return "returned"
    print(await early())
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
