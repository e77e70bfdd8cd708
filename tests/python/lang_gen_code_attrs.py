# Generator attributes other than gi_frame (frames are a deliberate absence: diff/frames_absent.py).
def inner():
    yield 1
def g():
    yield 0
    yield from inner()
it = g()
print(it.gi_code.co_name, it.gi_running, it.gi_suspended, it.gi_yieldfrom)
next(it)
print(it.gi_suspended, it.gi_yieldfrom)
next(it)
print(type(it.gi_yieldfrom).__name__, it.gi_yieldfrom.gi_code.co_name)
list(it)
print(it.gi_suspended, it.gi_yieldfrom)
class Aw:
    def __await__(self):
        yield "x"
async def co():
    await Aw()
c = co()
print(c.cr_code.co_name, c.cr_suspended, c.cr_await, c.cr_running)
c.send(None)
print(c.cr_suspended, type(c.cr_await).__name__)
c.close()
print(c.cr_suspended, c.cr_await)
