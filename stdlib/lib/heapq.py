"""Heap queue algorithm: a binary min-heap kept in a plain list.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is the
smallest item. Only `<` is used to compare items, as CPython does, so the heap
shapes (and the results of every function) match CPython's exactly.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, func, which='argument 1'):
    # Worded like CPython's argument-clinic errors ("argument" alone for
    # functions with one parameter, None named as such).
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{func}() {which} must be list, not {got}")


# ---- sifting. _bubble_up moves the item at `pos` towards the root;
# _sink moves the item at `pos` to a leaf along the path of smaller children
# and then bubbles it back up. Sinking all the way first needs fewer
# comparisons than stopping early, because the moved item (taken from the end
# of the list) usually belongs near the bottom anyway.

def _bubble_up(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


# The same two operations for a max-heap; merge(reverse=True) needs them.

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


# ---- the public heap operations

def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item from the heap."""
    _check_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (in one step).

    The returned value may be larger than item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (in one step)."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', 'argument')
    # Leaves are already heaps; fix each parent from the last one upwards.
    for pos in reversed(range(len(x) // 2)):
        _sink(x, pos)


def _heapify_max(x):
    for pos in reversed(range(len(x) // 2)):
        _sink_max(x, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---- merge, nsmallest, nlargest

def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into a single sorted iterator (lazily).

    Equal items come out in the order of the iterables they came from.
    """
    # Each heap entry is [sort key, tie-breaker, value, next function]; the
    # tie-breaker is the iterable's position (negated for a max-heap) so that
    # equal keys never fall through to comparing values or functions.
    if reverse:
        make_heap, pop, replace, sign = (_heapify_max, _heappop_max,
                                         _heapreplace_max, -1)
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1

    entries = []
    for order, iterable in enumerate(iterables):
        next_value = iter(iterable).__next__
        try:
            value = next_value()
        except StopIteration:
            continue
        sort_key = value if key is None else key(value)
        entries.append([sort_key, order * sign, value, next_value])
    make_heap(entries)

    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        # One iterable left: no more comparisons needed.
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(next_value):
    while True:
        try:
            value = next_value()
        except StopIteration:
            return
        yield value


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n], but cheaper."""
    if n == 1:
        sentinel = object()
        if key is None:
            result = min(iterable, default=sentinel)
        else:
            result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n best seen so far in a max-heap of (key, order, value); the
    # order makes ties keep their input order, as sorted() would.
    it = iter(iterable)
    best = []
    for order, value in zip(range(n), it):
        best.append((value if key is None else key(value), order, value))
    if not best:
        return best
    _heapify_max(best)
    worst_key = best[0][0]
    order = n
    for value in it:
        k = value if key is None else key(value)
        if k < worst_key:
            _heapreplace_max(best, (k, order, value))
            worst_key = best[0][0]
        order += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        if key is None:
            result = max(iterable, default=sentinel)
        else:
            result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of (key, -order, value): among equal keys the earliest item
    # has the largest -order, so it survives and sorts first, as in sorted().
    it = iter(iterable)
    best = []
    for order, value in zip(range(0, -n, -1), it):
        best.append((value if key is None else key(value), order, value))
    if not best:
        return best
    heapify(best)
    worst_key = best[0][0]
    order = -n
    for value in it:
        k = value if key is None else key(value)
        if worst_key < k:
            heapreplace(best, (k, order, value))
            worst_key = best[0][0]
        order -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
