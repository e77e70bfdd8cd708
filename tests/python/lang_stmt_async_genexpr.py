# Async generator expressions: `async for` or `await` inside a generator expression make an
# async generator, which may stand in any function.
import asyncio
class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def double(v):
    return v * 2
def make(src):
    return (x * 10 async for x in src)
async def main():
    g = make(AIter(3))
    print(type(g).__name__, [v async for v in g])
    g2 = (await double(i) for i in range(4))
    print(type(g2).__name__, [v async for v in g2])
    g3 = (x async for x in AIter(5) if x % 2)
    out = []
    async for v in g3:
        out.append(v)
    print(out)
    nested = [[y async for y in (x + k async for k in AIter(2))] for x in range(2)]
    print(nested)
asyncio.run(main())
