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
class ACM:
    async def __aenter__(self):
        print("aenter"); return "res"
    async def __aexit__(self, *a):
        print("aexit", a[0]); return False
async def main():
    async with ACM() as r:
        print(r)
    async for v in AIter(3):
        print(v)
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
