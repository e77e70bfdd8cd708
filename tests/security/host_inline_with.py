# expect: output enter
# expect: output body s1
# expect: output exit None
# expect: output enter
# expect: output exit ValueError boom
# expect: output suppressed
# expect: output enter
# expect: output exit KeyError 'k'
# expect: output KeyError propagated
# echo-host: call
# Host calls inside __enter__ and __exit__, on the normal and the exceptional path.
class Session:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print(call("enter"))
        return call("s1")
    def __exit__(self, t, v, tb):
        print(call("exit " + (t.__name__ + " " + str(v) if t else "None")))
        return call(self.suppress)
with Session(False) as s:
    print("body", s)
with Session(True):
    raise ValueError("boom")
print("suppressed")
try:
    with Session(False):
        raise KeyError("k")
except KeyError:
    print("KeyError propagated")
