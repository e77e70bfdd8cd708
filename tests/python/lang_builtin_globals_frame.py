# globals() is the calling frame's module dict: inside an imported module's function it is that
# module's namespace (writes through it reach the module), in exec() the dict given.
import string, asyncio, types
print(type(string.capwords.__globals__).__name__, 'capwords' in string.capwords.__globals__)
g = {}
exec("x = 1\nprint(sorted(k for k in globals() if not k.startswith('__')))", g)
def f():
    return globals() is g2
g2 = globals()
print(f(), 'f' in globals())
async def main():
    return asyncio.get_running_loop() is not None
print(asyncio.run(main()))
src = "def setter(v):\n    globals()['value'] = v\nvalue = 0\n"
m = types.ModuleType("m")
exec(src, m.__dict__)
m.setter(42)
print(m.value)
