# Realistic: an async tool runner with gather, wait_for, Queue workers, Event and asyncio.timeout.
import asyncio, json, random, time
from dataclasses import dataclass, field
from typing import Any

class ToolError(Exception):
    def __init__(self, tool, msg):
        super().__init__(f"{tool}: {msg}")
        self.tool = tool

@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    done: bool = False
    result: Any = None

async def run_tool(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ToolError(name, "failed")
    return {"tool": name, "ok": True}

async def worker(q, results):
    while True:
        item = await q.get()
        try:
            results.append(await run_tool(*item))
        except ToolError as e:
            results.append({"tool": e.tool, "error": str(e)})
        finally:
            q.task_done()

async def main():
    r = await asyncio.gather(run_tool("a", 0.01), run_tool("b", 0), return_exceptions=True)
    print(r)
    r = await asyncio.gather(run_tool("c", 0), run_tool("d", 0, fail=True), return_exceptions=True)
    print([type(x).__name__ for x in r], str(r[1]))
    try:
        await asyncio.wait_for(run_tool("slow", 10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(q, results)) for _ in range(2)]
    for i in range(5):
        q.put_nowait((f"t{i}", 0, i == 3))
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(json.dumps(x, sort_keys=True) for x in results))
    tasks = {t.name: t for t in [Task("build", ["fetch"]), Task("fetch"), Task("test", ["build"]), Task("ship", ["test", "build"])]}
    order, seen = [], set()
    def visit(n, stack=()):
        if n in stack:
            raise ValueError(f"cycle at {n}")
        if n in seen:
            return
        for d in tasks[n].deps:
            visit(d, stack + (n,))
        seen.add(n); order.append(n)
    for n in sorted(tasks):
        visit(n)
    print(" -> ".join(order))
    async def step(t):
        await asyncio.sleep(0)
        t.done = True
        return t.name.upper()
    for n in order:
        tasks[n].result = await step(tasks[n])
    print({n: (t.done, t.result) for n, t in tasks.items()})
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0); ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
asyncio.run(main())
