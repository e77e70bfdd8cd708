# expect: output k1 inner x
# expect: output isc {'flag': 'f'}
# echo-host: env
# Host calls inside class bodies (class-level settings read from the host), nested classes and
# subclasses with keywords run inline and pause the run like any other call.
class Settings:
    KEY = env("k1")
    class Inner:
        V = env("inner")
class Sub(Settings):
    X = env("x")
    def __init_subclass__(cls, **kw):
        print("isc", kw)
print(Settings.KEY, Settings.Inner.V, Sub.X)
class Sub2(Sub, flag=env("f")):
    pass
