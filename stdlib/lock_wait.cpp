// Waiting for a lock; the rules are in lock_wait.h.
#include "stdlib/lock_wait.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/text_stream.h"
#include "stdlib/module_util.h"
#include "vm/interpreter_state.h"
#include "vm/thread_state.h"

namespace gilt {

namespace {

using Clock = std::chrono::steady_clock;

// How long the main thread waits before looking for Ctrl-C again.
constexpr auto kInterruptSlice = std::chrono::milliseconds(50);

// "MainThread", "Thread-1 (worker)": the threading name when threading knows
// the thread, else its ident.
std::string thread_name(InterpreterState* interp, ThreadState* ts) {
  std::string fallback = "thread " + std::to_string(ts->ident);
  Value threading = dict_get(interp->modules.as<DictObject>(), new_str("threading"));
  if (threading.is_null()) return fallback;
  try {
    Ref active = try_get_attr(threading, intern("_active"));
    if (active.is_null() || !is_dict(active)) return fallback;
    Value thread = dict_get(active.as<DictObject>(), int_from_int64(ts->ident));
    if (thread.is_null()) return fallback;
    return str_string(get_attr(thread, "name"));
  } catch (PyException&) {
    return fallback;
  }
}

std::string where(ThreadState* ts) {
  Frame* f = ts->frame;
  if (!f) return "";
  return " at " + f->code->filename + ":" + std::to_string(f->line()) + " in " + f->code->name;
}

// Every thread is blocked: report and end the process (there is nothing
// else it could do). Called with the GIL held by the thread that blocked last.
[[noreturn]] void report_deadlock(InterpreterState* interp) {
  std::string report =
      "gilt: deadlock: every thread waits for a lock that only a waiting thread could release\n";
  for (ThreadState* ts : interp->threads) {
    std::string what = ts->waiting_on.is_null() ? std::string("a lock") : repr_string(ts->waiting_on);
    report += "  " + thread_name(interp, ts) + " waits on " + what + where(ts) + "\n";
  }
  report += "(gilt --deadlock-check=off disables this check)\n";
  for (const char* stream : {"stdout", "stderr"}) {
    try {
      Ref s = try_get_attr(interp->sys, intern(stream));
      if (!s.is_null() && !s.get().is_none()) flush_stream(s);
    } catch (PyException&) {
    }
  }
  std::fputs(report.c_str(), stderr);
  std::fflush(stderr);
  std::_Exit(1);
}

int threads_alive(InterpreterState* interp) { return 1 + interp->thread_count.load(); }

}  // namespace

// Sleeps while the lock is still kContended, until a wake-up, `deadline`,
// or a signal; the caller re-checks the state either way.
static void futex_wait(LockCore& core, Clock::time_point deadline) {
  timespec relative;
  timespec* timeout = nullptr;
  if (deadline != Clock::time_point::max()) {
    auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - Clock::now()).count();
    if (left <= 0) return;
    relative.tv_sec = static_cast<time_t>(left / 1'000'000'000);
    relative.tv_nsec = static_cast<long>(left % 1'000'000'000);
    timeout = &relative;
  }
  core.sleepers.fetch_add(1);
  syscall(SYS_futex, reinterpret_cast<int*>(&core.state), FUTEX_WAIT_PRIVATE, LockCore::kContended, timeout,
          nullptr, 0);
  core.sleepers.fetch_sub(1);
}

// Wakes the lock's sleepers, if any: a waiter that has not gone to sleep
// yet will find the lock free without the system call. (Both sides are
// sequentially consistent: either the release sees the sleeper, or the
// sleeper's futex call sees the state changed and returns at once.)
static void futex_wake_all(LockCore& core) {
  if (core.sleepers.load() == 0) return;
  syscall(SYS_futex, reinterpret_cast<int*>(&core.state), FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
}

void release_core(LockCore& core) {
  int expected = LockCore::kLocked;
  if (core.state.compare_exchange_strong(expected, LockCore::kFree, std::memory_order_release)) return;
  // Waiters: un-count them before the lock is free, so none of them can
  // take it, block elsewhere, and be counted twice meanwhile.
  InterpreterState* interp = ThreadState::current()->interp;
  {
    std::lock_guard<std::mutex> guard(core.mutex);
    core.releases++;
    interp->blocked_threads -= core.blocked_waiters;
    core.blocked_waiters = 0;
    core.state.store(LockCore::kFree);
  }
  futex_wake_all(core);
}

// Takes the lock or marks it contended. A lock taken this way stays marked
// contended, which at worst costs its release a wake-up call.
static bool take_or_mark(LockCore& core) {
  return core.state.exchange(LockCore::kContended, std::memory_order_acquire) == LockCore::kFree;
}

// For a waiter counted blocked when core.releases was `counted_at`: takes
// the lock, or counts the thread again if a release un-counted it but
// another thread took the lock first. Under the mutex, so that a release
// cannot slip between the two.
static bool take_or_recount(LockCore& core, uint64_t& counted_at) {
  std::lock_guard<std::mutex> guard(core.mutex);
  if (take_or_mark(core)) return true;
  if (core.releases != counted_at) {
    core.blocked_waiters++;
    counted_at = core.releases;
    ThreadState::current()->interp->blocked_threads++;
  }
  return false;
}

bool take_waiting(LockCore& core, double timeout, Value lock) {
  if (try_take(core)) return true;
  ThreadState* ts = ThreadState::current();
  InterpreterState* interp = ts->interp;
  bool main_thread = ts == interp->main_thread;
  bool forever = timeout < 0;
  Clock::time_point deadline = forever ? Clock::time_point::max()
                                       : Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                            std::chrono::duration<double>(timeout));
  uint64_t counted_at = 0;  // core.releases when this thread counted itself blocked
  if (forever) {
    bool all_blocked;
    {
      std::lock_guard<std::mutex> guard(core.mutex);
      if (take_or_mark(core)) return true;
      core.blocked_waiters++;
      counted_at = core.releases;
      all_blocked = ++interp->blocked_threads >= threads_alive(interp);
    }
    ts->waiting_on = lock;
    if (all_blocked && interp->detect_deadlocks) report_deadlock(interp);
  }
  for (;;) {
    bool taken = false;
    {
      ReleaseGIL release;
      Clock::time_point wake_by = main_thread ? std::min(deadline, Clock::now() + kInterruptSlice) : deadline;
      for (;;) {
        taken = take_or_mark(core) || (forever && take_or_recount(core, counted_at));
        if (taken || Clock::now() >= wake_by) break;
        futex_wait(core, wake_by);
      }
    }
    if (taken) {
      ts->waiting_on = Value();
      return true;
    }
    if (!forever && Clock::now() >= deadline) return false;
    try {
      check_interrupts();
    } catch (PyException&) {
      if (forever) {
        // Not waiting any more: un-count unless a release did already.
        std::lock_guard<std::mutex> guard(core.mutex);
        if (core.releases == counted_at) {
          core.blocked_waiters--;
          interp->blocked_threads--;
        }
        ts->waiting_on = Value();
      }
      throw;
    }
  }
}

void check_deadlock_after_exit() {
  InterpreterState* interp = ThreadState::current()->interp;
  if (interp->detect_deadlocks && interp->blocked_threads > 0 &&
      interp->blocked_threads >= threads_alive(interp))
    report_deadlock(interp);
}

}  // namespace gilt
