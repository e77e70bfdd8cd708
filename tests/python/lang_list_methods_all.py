a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a.index(9), a.count(1))
a.remove(9); a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
try:
    a.remove(42)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a.index(42)
except ValueError as e:
    print(e)
