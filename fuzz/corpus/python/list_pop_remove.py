a = [10, 20, 30, 40, 20]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(20)
print(a)
a.clear()
print(a)
