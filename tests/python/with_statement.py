class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True
with Ctx() as v:
    print("body", v)
with Ctx():
    raise ValueError("suppressed")
print("after")
