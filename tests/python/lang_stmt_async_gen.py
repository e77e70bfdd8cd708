async def agen():
    for i in range(3):
        yield i
async def main():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
