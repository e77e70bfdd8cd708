# expect: limit memory
# limits: --memory-bytes 16000000
# The limit fires inside a class call (type.__call__ looks up __new__/__init__).
class Node:
    pass
x = None
for i in range(300000):
    n = Node()
    n.next = x
    x = n
print("not reached")
