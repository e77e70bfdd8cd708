# expect: limit host_calls
# echo-host: tool
# limits: --host-calls 5
# A coroutine that calls a plain function making host calls forever is stopped by the host-call
# limit (each call pauses the run; the program cannot catch the limit).
import asyncio


def lookup(q):
    return tool(q)


async def many():
    while True:
        try:
            lookup('again')
        except BaseException:
            pass
        await asyncio.sleep(0)

asyncio.run(many())
