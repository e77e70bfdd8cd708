# heapq: binary min-heaps kept in plain lists (heap[k] <= heap[2k+1] and heap[2k+2]).
#
# Only `<` is used to compare items. The heap functions leave the list in the same arrangement
# as CPython's: an item enters at a leaf and climbs while it is smaller than its parent; to fill
# the root, the hole is first walked down to a leaf along the smaller children (the child on the
# right is taken unless the left one is strictly smaller), then the moved item climbs from there.
# Errors use the texts of CPython's C implementation. merge/nsmallest/nlargest give what their
# documented sorted()-equivalents give, ties included.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _need_list(fname, heap, what='argument'):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() {what} must be list, not {type(heap).__name__}")


def _climb(heap, top, pos, less):
    # Moves heap[pos] up towards index `top` while it is "less" than its parent.
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if not less(item, above):
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _sink(heap, pos, less):
    # The item at pos leaves a hole that walks down to a leaf through the preferred children;
    # the item is put there and climbs back as far as it must (rarely far: it came from a leaf).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _climb(heap, start, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def _two(fname, args):
    if len(args) != 2:
        raise TypeError(f"{fname} expected 2 arguments, got {len(args)}")
    return args


def heappush(*args):
    """Push item onto heap, maintaining the heap invariant."""
    heap, item = _two('heappush', args)
    _need_list('heappush', heap, 'argument 1')
    heap.append(item)
    _climb(heap, 0, len(heap) - 1, _lt)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0, _lt)
    return smallest


def heapreplace(*args):
    """Pop and return the current smallest value, and add the new item."""
    heap, item = _two('heapreplace', args)
    _need_list('heapreplace', heap, 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0, _lt)
    return smallest


def heappushpop(*args):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    heap, item = _two('heappushpop', args)
    _need_list('heappushpop', heap, 'argument 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0, _lt)
        return smallest
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list('heapify', x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos, _lt)


# Max-heap variants (private in CPython too; some programs use them).
def _heapify_max(x):
    _need_list('_heapify_max', x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos, _gt)


def _heappop_max(heap):
    _need_list('_heappop_max', heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink(heap, 0, _gt)
    return largest


def _heapreplace_max(heap, item):
    _need_list('_heapreplace_max', heap, 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink(heap, 0, _gt)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a lazy sorted(chain(...)))."""
    # Each input is one entry [sort key, rank, current value, iterator] in a heap ordered the way
    # lists compare: the key decides, and the input's rank (negated when reversed) breaks ties.
    direction = -1 if reverse else 1
    less = _gt if reverse else _lt
    entries = []
    for rank, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), rank * direction, value, it])
            break
    for pos in range(len(entries) // 2 - 1, -1, -1):
        _sink(entries, pos, less)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            _sink(entries, 0, less)
            break
        else:
            last = entries.pop()
            entries[0] = last
            _sink(entries, 0, less)
    if entries:
        yield entries[0][2]
        yield from entries[0][3]


def _select(n, iterable, key, largest):
    # The n first items of sorted(iterable, key=key, reverse=largest). With more than n items,
    # a heap of n candidates (decorated (key, rank[, item]) so that equal keys keep their input
    # order when the key type has ==) whose root is the next one to drop.
    if n == 1:
        missing = object()
        best = (max if largest else min)(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    step = -1 if largest else 1
    if key is None:
        kept = [(value, rank) for rank, value in zip(range(0, step * n, step), it)]
    else:
        kept = [(key(value), rank, value) for rank, value in zip(range(0, step * n, step), it)]
    if not kept:
        return kept
    drop_first = _lt if largest else _gt
    for pos in range(len(kept) // 2 - 1, -1, -1):
        _sink(kept, pos, drop_first)
    rank = step * n
    top = kept[0][0]
    for value in it:
        k = value if key is None else key(value)
        if (top < k) if largest else (k < top):
            kept[0] = (k, rank) if key is None else (k, rank, value)
            _sink(kept, 0, drop_first)
            top = kept[0][0]
            rank += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements: sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)
