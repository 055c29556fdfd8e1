# logging from several threads: each record carries its thread's name, and
# the handler's lock keeps every line whole however the threads interleave.
# The lines are sorted so the output does not depend on the scheduling.
import io
import logging
import sys
import threading

# Switch threads as often as the interpreter can, so that a handler without
# its lock would split lines (the SlowStream check below).
sys.setswitchinterval(1e-6)

WORKERS = 4
RECORDS = 200

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG,
                    format="%(threadName)s %(levelname)s %(message)s")
log = logging.getLogger("work")


def worker(n):
    for i in range(RECORDS):
        log.debug("step %03d of worker %d", i, n)
        if i % 50 == 0:
            logging.info("worker %d passed %d", n, i)
    log.warning("worker %d done", n)


class SlowStream:
    """A stream whose write takes two calls' worth of time, so a thread
    switch in the middle of a write would split a line without the lock."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        half = len(text) // 2
        self.parts.append(text[:half])
        for _ in range(20):
            pass
        self.parts.append(text[half:])

    def flush(self):
        pass


slow = SlowStream()
slow_handler = logging.StreamHandler(slow)
slow_handler.setFormatter(logging.Formatter("%(threadName)s|%(message)s"))
log.addHandler(slow_handler)

threads = [threading.Thread(target=worker, args=(n,), name="worker-%d" % n)
           for n in range(1, WORKERS + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.info("all joined")

lines = stream.getvalue().splitlines()
print(len(lines))
for line in sorted(lines):
    if "step" not in line:
        print(line)
# Each worker's debug lines, in its own order.
for n in range(1, WORKERS + 1):
    own = [line for line in lines if line.startswith("worker-%d DEBUG" % n)]
    expected = ["worker-%d DEBUG step %03d of worker %d" % (n, i, n)
                for i in range(RECORDS)]
    print("worker-%d" % n, own == expected)
# The slow stream got every half-line pair together.
joined = "".join(slow.parts).splitlines()
print(len(joined), all(line.startswith("worker-") and "|" in line
                       for line in joined))
pairs = ["".join(slow.parts[i:i + 2]) for i in range(0, len(slow.parts), 2)]
print(all(p.endswith("\n") and p.count("\n") == 1 for p in pairs))
print(sorted(set(record.split("|")[0] for record in joined)))
