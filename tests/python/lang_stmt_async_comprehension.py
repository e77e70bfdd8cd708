class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    a = [v async for v in AIter(3)]
    b = {v: v * 2 async for v in AIter(2)}
    c = [v for v in range(3) if v != 1]
    return a, b, c
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
