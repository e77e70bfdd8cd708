# expect: output freed
# cpython: same
class Node:
    pass
x = None
for i in range(100000):
    n = Node()
    n.next = x
    x = n
x = n = None
print("freed")
