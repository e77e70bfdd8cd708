# contextlib async: asynccontextmanager, AsyncExitStack, aclosing, async nullcontext, ABC protocol checks
import asyncio
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext, AbstractContextManager,
                        AbstractAsyncContextManager, contextmanager, ExitStack)
log = []
@asynccontextmanager
async def acm(name, swallow=False):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
        if not swallow:
            raise
    finally:
        log.append("exit " + name)
@asynccontextmanager
async def noyield():
    if False:
        yield
@asynccontextmanager
async def twice():
    yield 1
    yield 2
class Res:
    async def aclose(self):
        log.append("aclosed")
async def main():
    async with acm("a") as v:
        log.append(v)
    async with acm("b", True):
        raise ValueError("x")
    try:
        async with acm("c"):
            raise ValueError("y")
    except ValueError as e:
        log.append("propagated " + str(e))
    for bad in (noyield, twice):
        try:
            async with bad():
                pass
        except RuntimeError as e:
            log.append(str(e))
    async with nullcontext(7) as n:
        log.append(n)
    async with aclosing(Res()) as r:
        log.append(type(r).__name__)
    async with AsyncExitStack() as st:
        log.append(await st.enter_async_context(acm("s1")))
        log.append(st.enter_context(nullcontext("sync")))
        async def acb(*a, **k):
            log.append(("acb", a, k))
        st.push_async_callback(acb, 1, k=2)
        st.callback(log.append, "cb")
        async def aexit(t, v, tb):
            log.append(("aexit", t.__name__ if t else None))
            return True
        st.push_async_exit(aexit)
        raise KeyError("swallowed by aexit")
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(1)
    except TypeError as e:
        log.append(str(e))
    st = AsyncExitStack()
    st.callback(log.append, "aclose ran")
    await st.aclose()
    @acm("deco")
    async def decorated(x):
        log.append(("in decorated", x))
        return x + 1
    log.append(await decorated(1))
asyncio.run(main())
for item in log:
    print(item)
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class ADuck:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
print(isinstance(Duck(), AbstractContextManager), isinstance(ADuck(), AbstractContextManager),
      isinstance(ADuck(), AbstractAsyncContextManager), issubclass(ExitStack, AbstractContextManager),
      isinstance(1, AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager),
      isinstance(acm('x'), AbstractAsyncContextManager), isinstance(contextmanager(lambda: (yield))(), AbstractContextManager))
class NoExit(AbstractContextManager):
    pass
try:
    NoExit()
except TypeError as e:
    print(e)
