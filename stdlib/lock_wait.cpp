// Waiting for a lock; the rules are in lock_wait.h.
#include "stdlib/lock_wait.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

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
  std::string report = "gilt: deadlock: every thread waits for a lock that only a waiting thread could release\n";
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

void release_core(LockCore& core) {
  if (core.state.exchange(LockCore::kFree, std::memory_order_release) != LockCore::kContended) return;
  InterpreterState* interp = ThreadState::current()->interp;
  {
    std::lock_guard<std::mutex> guard(core.mutex);
    core.releases++;
    interp->blocked_threads -= core.blocked_waiters;
    core.blocked_waiters = 0;
  }
  core.cond.notify_all();
}

// Takes the lock or marks it contended; under core.mutex. A lock taken this
// way stays marked contended, which at worst costs its release a wake-up call.
static bool take_or_mark(LockCore& core) {
  return core.state.exchange(LockCore::kContended, std::memory_order_acquire) == LockCore::kFree;
}

bool take_waiting(LockCore& core, double timeout, Value lock) {
  if (try_take(core)) return true;
  ThreadState* ts = ThreadState::current();
  InterpreterState* interp = ts->interp;
  bool main_thread = ts == interp->main_thread;
  bool forever = timeout < 0;
  Clock::time_point deadline =
      forever ? Clock::time_point::max()
              : Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(timeout));
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
    bool taken;
    {
      ReleaseGIL release;
      std::unique_lock<std::mutex> guard(core.mutex);
      auto acquired = [&] { return take_or_mark(core); };
      if (forever && !main_thread)
        taken = (core.cond.wait(guard, acquired), true);
      else
        taken = core.cond.wait_until(guard, main_thread ? std::min(deadline, Clock::now() + kInterruptSlice) : deadline,
                                     acquired);
      if (forever && !taken && core.releases != counted_at) {
        // A release un-counted this thread, but another one took the lock first.
        core.blocked_waiters++;
        counted_at = core.releases;
        interp->blocked_threads++;
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
  if (interp->detect_deadlocks && interp->blocked_threads > 0 && interp->blocked_threads >= threads_alive(interp))
    report_deadlock(interp);
}

}  // namespace gilt
