# sys (streams, exit, modules), heapq, bisect, abc
import sys, heapq, bisect
from abc import ABC, abstractmethod
print(sys.maxsize, sys.version_info[:2] >= (3, 11), sys.version_info.major, "sys" in sys.modules, "heapq" in sys.modules)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
sys.setrecursionlimit(10000)
print(sys.getrecursionlimit() > 0)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(heapq.heappop(h), heapq.heappop(h), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 5], 3))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), isinstance(Sq(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
sys.exit(3)
