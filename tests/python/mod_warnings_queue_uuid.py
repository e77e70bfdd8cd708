# warnings (filters, catch_warnings), queue, uuid (no randomness used here)
import warnings, queue, uuid
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
pq = queue.PriorityQueue()
for x in [5, 1, 3]: pq.put((x, str(x)))
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); lq.put('a'); lq.put('b'); print(lq.get())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, uuid.NAMESPACE_DNS, u == uuid.UUID(int=u.int), uuid.UUID(bytes=u.bytes))
v = uuid.UUID(int=0x12345678123456781234567812345678, version=4)
print(v, v.version)
