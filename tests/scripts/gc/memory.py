# Memory stays flat while a program keeps building and dropping large
# reference cycles: the automatic collections (no gc.collect() here) free
# each ring, so the peak resident size after many rounds is the peak after
# the first few. Without a cycle collector every ring would leak.
#
# A million objects: 10 rings of 50,000 nodes, each node and its payload
# list two objects (scaled down tenfold under the sanitizers, which the test
# runner announces with ASAN_OPTIONS and which make allocation far slower;
# the answer is the same).
import gc
import os


class Node:
    __slots__ = ("next", "payload")


def peak_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


sanitized = "ASAN_OPTIONS" in os.environ


def footprint():
    # AddressSanitizer quarantines freed memory, so the resident size grows
    # there however well memory is freed: count what the collector tracks.
    if sanitized:
        return len(gc.get_objects())
    return peak_kib()


def build_ring(n):
    first = Node()
    first.payload = [first]
    node = first
    for i in range(n - 1):
        new = Node()
        new.payload = [i]
        node.next = new
        node = new
    node.next = first  # close the ring: now only the collector can free it


ring_size = 5_000 if sanitized else 50_000
rounds = 10
for r in range(rounds):
    build_ring(ring_size)
    if r == 4:
        early = footprint()
late = footprint()
print("flat:", late < early * 1.25 + 4096)
