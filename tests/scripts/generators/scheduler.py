# Round-robin scheduling of generators, and a send()-driven coroutine
# pipeline: the scenarios generators exist for.


def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        yield
        n -= 1
    print(f"{name}: done")


def run(tasks):
    queue = list(tasks)
    steps = 0
    while queue:
        task = queue.pop(0)
        try:
            next(task)
            steps += 1
            queue.append(task)
        except StopIteration:
            pass
    return steps


print("steps:", run([countdown("A", 3), countdown("B", 1), countdown("C", 2)]))


def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr

    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def upper(target):
    while True:
        target.send((yield).upper())


@coroutine
def printer(prefix):
    count = 0
    try:
        while True:
            line = yield
            count += 1
            print(prefix, count, line)
    except GeneratorExit:
        print(prefix, "closed after", count)


sink = printer(">>")
pipeline = grep("python", upper(sink))
for line in ["gilt runs python", "lua is small", "python generators", "done"]:
    pipeline.send(line)
sink.close()


# A scheduler of tasks that yield the work they wait for.
def producer(items, queue):
    for item in items:
        queue.append(item)
        print("produced", item)
        yield


def consumer(queue, total):
    while total:
        if queue:
            print("consumed", queue.pop(0))
            total -= 1
        yield


shared = []
print("steps:", run([producer("xyz", shared), consumer(shared, 3)]))


# Generators as lazy pipelines.
def read_numbers(text):
    for token in text.split():
        yield int(token)


def running_sum(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


def take_while_below(limit, values):
    for v in values:
        if v >= limit:
            return
        yield v


print(list(take_while_below(20, running_sum(read_numbers("1 2 3 4 5 6 7 8 9")))))
