// Micro-benchmarks: small gilt programs run through the public API, so this
// file depends on nothing but <gilt/gilt.h>. Each benchmark compiles and runs a
// whole program per iteration on one long-lived VM; the programs print nothing.
//
//   build/gilt_bench                         # all
//   build/gilt_bench --benchmark_filter=Fib  # some
#include <benchmark/benchmark.h>
#include <gilt/gilt.h>

#include <string>

namespace {

void run_program(benchmark::State& state, const char* source) {
  gilt::VM vm;
  for (auto _ : state) {
    int status = vm.run_string(source, "<bench>");
    if (status != 0) {
      state.SkipWithError(("program exited with status " + std::to_string(status)).c_str());
      break;
    }
  }
}

void BM_CreateVm(benchmark::State& state) {
  for (auto _ : state) {
    gilt::VM vm;
    benchmark::DoNotOptimize(&vm);
  }
}
BENCHMARK(BM_CreateVm);

void BM_EmptyProgram(benchmark::State& state) { run_program(state, "pass\n"); }
BENCHMARK(BM_EmptyProgram);

void BM_WhileLoopIntAdd(benchmark::State& state) {
  run_program(state,
              "i = 0\n"
              "total = 0\n"
              "while i < 100000:\n"
              "    total = total + i\n"
              "    i = i + 1\n");
}
BENCHMARK(BM_WhileLoopIntAdd)->Unit(benchmark::kMillisecond);

void BM_RecursiveFib20(benchmark::State& state) {
  run_program(state,
              "def fib(n):\n"
              "    if n < 2:\n"
              "        return n\n"
              "    return fib(n - 1) + fib(n - 2)\n"
              "fib(20)\n");
}
BENCHMARK(BM_RecursiveFib20)->Unit(benchmark::kMillisecond);

void BM_MethodCalls(benchmark::State& state) {
  run_program(state,
              "class Counter:\n"
              "    def __init__(self):\n"
              "        self.n = 0\n"
              "    def bump(self, k):\n"
              "        self.n += k\n"
              "        return self.n\n"
              "c = Counter()\n"
              "for i in range(50000):\n"
              "    c.bump(i)\n");
}
BENCHMARK(BM_MethodCalls)->Unit(benchmark::kMillisecond);

void BM_DictInsertLookup(benchmark::State& state) {
  run_program(state,
              "d = {}\n"
              "for i in range(20000):\n"
              "    d[i] = i * 2\n"
              "total = 0\n"
              "for i in range(20000):\n"
              "    total += d[i]\n"
              "names = {}\n"
              "for i in range(2000):\n"
              "    names['k' + str(i)] = i\n"
              "for i in range(2000):\n"
              "    total += names['k' + str(i)]\n");
}
BENCHMARK(BM_DictInsertLookup)->Unit(benchmark::kMillisecond);

// Generators (issue 4): creation, the ways to resume one, and chains of them.
void BM_GeneratorCreateExhaust(benchmark::State& state) {
  run_program(state,
              "def three():\n"
              "    yield 1\n"
              "    yield 2\n"
              "    yield 3\n"
              "total = 0\n"
              "for _ in range(20000):\n"
              "    for v in three():\n"
              "        total += v\n");
}
BENCHMARK(BM_GeneratorCreateExhaust)->Unit(benchmark::kMillisecond);

void BM_GeneratorNext(benchmark::State& state) {
  run_program(state,
              "def naturals():\n"
              "    n = 0\n"
              "    while True:\n"
              "        yield n\n"
              "        n += 1\n"
              "g = naturals()\n"
              "for _ in range(100000):\n"
              "    next(g)\n");
}
BENCHMARK(BM_GeneratorNext)->Unit(benchmark::kMillisecond);

void BM_GeneratorSend(benchmark::State& state) {
  run_program(state,
              "def summer():\n"
              "    total = 0\n"
              "    while True:\n"
              "        total += yield total\n"
              "s = summer()\n"
              "next(s)\n"
              "for i in range(100000):\n"
              "    s.send(i)\n");
}
BENCHMARK(BM_GeneratorSend)->Unit(benchmark::kMillisecond);

void BM_GeneratorYieldFrom3Deep(benchmark::State& state) {
  run_program(state,
              "def leaf(n):\n"
              "    for i in range(n):\n"
              "        yield i\n"
              "def middle(n):\n"
              "    yield from leaf(n)\n"
              "def top(n):\n"
              "    yield from middle(n)\n"
              "for v in top(100000):\n"
              "    pass\n");
}
BENCHMARK(BM_GeneratorYieldFrom3Deep)->Unit(benchmark::kMillisecond);

void BM_GeneratorPipelineSum(benchmark::State& state) {
  run_program(state,
              "def numbers(n):\n"
              "    for i in range(n):\n"
              "        yield i\n"
              "def squares(values):\n"
              "    for v in values:\n"
              "        yield v * v\n"
              "def odd_only(values):\n"
              "    for v in values:\n"
              "        if v % 2:\n"
              "            yield v\n"
              "sum(odd_only(squares(numbers(100000))))\n");
}
BENCHMARK(BM_GeneratorPipelineSum)->Unit(benchmark::kMillisecond);

// ---- threads and the GIL (issue 5)

void BM_LockAcquireReleaseUncontended(benchmark::State& state) {
  run_program(state,
              "import _thread\n"
              "lock = _thread.allocate_lock()\n"
              "for _ in range(100000):\n"
              "    lock.acquire()\n"
              "    lock.release()\n");
}
BENCHMARK(BM_LockAcquireReleaseUncontended)->Unit(benchmark::kMillisecond);

// GIL handoff latency: each round trip hands the GIL over twice.
void BM_GilHandoffPingPong(benchmark::State& state) {
  run_program(state,
              "import threading\n"
              "ping, pong = threading.Semaphore(0), threading.Semaphore(0)\n"
              "def player():\n"
              "    for _ in range(2000):\n"
              "        ping.acquire()\n"
              "        pong.release()\n"
              "t = threading.Thread(target=player)\n"
              "t.start()\n"
              "for _ in range(2000):\n"
              "    ping.release()\n"
              "    pong.acquire()\n"
              "t.join()\n");
}
BENCHMARK(BM_GilHandoffPingPong)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QueuePutGetAcrossThreads(benchmark::State& state) {
  run_program(state,
              "import queue, threading\n"
              "q = queue.Queue(maxsize=100)\n"
              "def consumer():\n"
              "    while q.get() is not None:\n"
              "        pass\n"
              "t = threading.Thread(target=consumer)\n"
              "t.start()\n"
              "for i in range(10000):\n"
              "    q.put(i)\n"
              "q.put(None)\n"
              "t.join()\n");
}
BENCHMARK(BM_QueuePutGetAcrossThreads)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ThreadStartJoin(benchmark::State& state) {
  run_program(state,
              "import threading\n"
              "for _ in range(200):\n"
              "    t = threading.Thread(target=len, args=((),))\n"
              "    t.start()\n"
              "    t.join()\n");
}
BENCHMARK(BM_ThreadStartJoin)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same CPU-bound work on one thread and split over two: under the GIL
// the second costs what serializing the threads costs.
constexpr const char* kCpuWork =
    "import threading\n"
    "def work(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i * i % 7\n";

void BM_CpuBoundOneThread(benchmark::State& state) {
  run_program(state, (std::string(kCpuWork) + "work(1000000)\nwork(1000000)\n").c_str());
}
BENCHMARK(BM_CpuBoundOneThread)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CpuBoundTwoThreads(benchmark::State& state) {
  run_program(state, (std::string(kCpuWork) +
                      "ts = [threading.Thread(target=work, args=(1000000,)) for _ in range(2)]\n"
                      "for t in ts:\n"
                      "    t.start()\n"
                      "for t in ts:\n"
                      "    t.join()\n")
                         .c_str());
}
BENCHMARK(BM_CpuBoundTwoThreads)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
