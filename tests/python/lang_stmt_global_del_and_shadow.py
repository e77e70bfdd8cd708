g = 1
def f():
    global g
    del g
f()
print("g" in globals())
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
def h():
    print(max([1]))
    max = 5
try:
    h()
except UnboundLocalError as e:
    print(e)
