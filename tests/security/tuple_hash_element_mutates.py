# expect: output ok
# cpython: same
class A:
    def __hash__(self):
        holder.clear()
        return 1
holder = [(A(), A(), A())]
t = holder[0]
hash(t)
print("ok")
