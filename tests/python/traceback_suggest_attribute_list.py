# An uncaught AttributeError ends with CPython 3.11's "Did you mean" suggestion (from dir(obj)),
# while str(e) of a caught one has no suggestion in it.
items = [3, 1, 2]
try:
    items.srot()
except AttributeError as e:
    print("caught:", e)
    print(e.name, e.obj)
items.apend(4)
