eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(repr(eg), eg.message, len(eg.exceptions), str(eg), eg.args)
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError), eg.split(lambda e: True)[0] is eg)
print([c.__name__ for c in ExceptionGroup.__mro__], issubclass(ExceptionGroup, Exception))
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, type(BaseExceptionGroup("k", [KeyboardInterrupt()])).__name__)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
vm, vr = nested.split(ValueError)
print(repr(vm), repr(vr))
print(str(ExceptionGroup("one", [ValueError()])))
for bad in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m", {ValueError()})]:
    try: ExceptionGroup(*bad)
    except (TypeError, ValueError) as e: print(type(e).__name__ + ":", e)
try: ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e: print("TypeError:", e)
try: eg.split(5)
except TypeError as e: print("TypeError:", e)
try:
    raise ExceptionGroup("caught", [OSError("x")])
except Exception as e:
    print("caught as Exception:", repr(e))
e1 = ValueError("noted"); eg2 = ExceptionGroup("g", [e1, KeyError("k")])
eg2.add_note("a note")
try: raise eg2
except ExceptionGroup as caught:
    sub = caught.subgroup(KeyError)
    print(sub.__notes__, sub.__traceback__ is caught.__traceback__, repr(sub))
class MyGroup(ExceptionGroup):
    def derive(self, excs): return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
