# fs: tmpdir
# Blocking file I/O inside a coroutine (CPython allows it; Moat refuses synchronous host calls
# under a coroutine today: notes/requests-async.md).
import asyncio
import os


async def main():
    with open('x.txt', 'w') as f:
        f.write('async')
    await asyncio.sleep(0)
    print(open('x.txt').read(), os.listdir('.'))

asyncio.run(main())
