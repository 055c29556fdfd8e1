# Many threads hammering shared containers: under the GIL every operation on
# a list, dict or set is whole, so nothing is lost or corrupted; a counter
# guarded by a lock is exact. (Unguarded `+=` may lose updates, as in
# CPython, so it is not printed.)
import _thread

THREADS = 8
ROUNDS = 3000

shared_list = []
shared_dict = {}
shared_set = set()
counter = [0]
unguarded = [0]
counter_lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
remaining = [THREADS]


def hammer(k):
    for i in range(ROUNDS):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i
        shared_set.add(i)
        if i % 3 == 0:
            shared_dict.pop((k, i - 3), None)
        unguarded[0] += 1
        with counter_lock:
            counter[0] += 1
    with counter_lock:
        remaining[0] -= 1
        if remaining[0] == 0:
            finished.release()


for k in range(THREADS):
    _thread.start_new_thread(hammer, (k,))
finished.acquire()

print(len(shared_list), len(set(shared_list)))
print(len(shared_dict), len(shared_set))
print(counter[0], 0 < unguarded[0] <= THREADS * ROUNDS)
per_thread = {}
for k, i in shared_list:
    per_thread.setdefault(k, []).append(i)
print(all(v == list(range(ROUNDS)) for v in per_thread.values()))
