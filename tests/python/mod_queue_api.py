# queue: FIFO, LIFO, priority and simple queues without blocking: order, sizes, maxsize, the
# *_nowait forms, Empty/Full, task_done/join bookkeeping and subclass hooks (_init/_put/_get).
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    print(cls.__name__, q.maxsize, q.empty(), q.full(), q.qsize())
    for v in (5, 1, 3):
        q.put(v)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(9)
    except queue.Full as e:
        print("Full", type(e).__name__, repr(str(e)))
    try:
        q.put(9, block=False)
    except queue.Full:
        print("Full again")
    print([q.get(), q.get_nowait(), q.get(block=False)], q.empty())
    for getter in (q.get_nowait, lambda: q.get(False)):
        try:
            getter()
        except queue.Empty as e:
            print("Empty", repr(str(e)))
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (1, "a"), (3, "c")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(type(sq).__name__, sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
q = queue.Queue()
q.put("a"); q.put("b")
q.get(); q.task_done(); q.get(); q.task_done()
q.join()
print("joined", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
unbounded = queue.Queue(0)
for i in range(100):
    unbounded.put(i)
print(unbounded.full(), unbounded.qsize(), queue.Queue(-1).full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), issubclass(queue.LifoQueue, queue.Queue))
class Dedup(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)
    def _get(self):
        return self.queue.pop()
d = Dedup()
for v in (1, 2, 1, 3):
    d.put(v)
print(d.qsize(), [d.get() for _ in range(d.qsize())])
