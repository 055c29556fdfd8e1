// How a thread waits for a lock (_thread's lock and RLock, and so everything
// in threading and queue): without the GIL, waking for Ctrl-C on the main
// thread, and with deadlock detection.
//
// Deadlock detection: a thread that waits for a lock without a timeout is
// *blocked*. When every thread of the VM is blocked, no thread can release
// anything — Python code releases locks only while running — so the program
// can never continue; gilt then prints which thread waits on what, where, and
// exits with status 1 instead of hanging (Config::detect_deadlocks, the
// --deadlock-check=off option, turns this off). Threads that sleep, wait with
// a timeout, or block in I/O are not blocked in this sense, so a program
// waiting for a timer or a socket is never reported.
//
// The count must not run ahead of reality: a thread woken by a release is no
// longer blocked even before it runs again. So a release un-counts the lock's
// waiters (under the lock's mutex) before it frees the lock, and a woken
// waiter that lost the lock to another thread counts itself again.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>

#include "runtime/value.h"

namespace gilt {

// A lock's state is one atomic word, so an uncontended acquire or release
// is a single atomic operation. Waiters sleep on the word itself (a Linux
// futex), so a contended handoff costs one system call on each side, like
// the semaphore CPython's locks use. A waiter marks the state kContended
// before it sleeps, so a release that sees kContended knows to wake it. The
// mutex guards only the deadlock bookkeeping.
struct LockCore {
  static constexpr int kFree = 0, kLocked = 1, kContended = 2;
  std::atomic<int> state{kFree};
  std::atomic<int> sleepers{0};  // threads in the futex wait, so a release can skip the wake-up call
  std::mutex mutex;
  int blocked_waiters = 0;    // waiters without a timeout, counted in the VM's blocked count
  uint64_t releases = 0;      // lets a waiter tell that a release un-counted it (both under mutex)

  bool locked() const { return state.load(std::memory_order_relaxed) != kFree; }
};

// Takes the lock if it is free; never waits.
inline bool try_take(LockCore& core) {
  int expected = LockCore::kFree;
  return core.state.compare_exchange_strong(expected, LockCore::kLocked, std::memory_order_acquire);
}
// Takes the lock, waiting without the GIL up to `timeout` seconds (< 0: for
// ever); false when the time ran out. `lock` is the Python object, for the
// deadlock report. KeyboardInterrupt on the main thread.
bool take_waiting(LockCore& core, double timeout, Value lock);
// Frees the lock and wakes its waiters, if any. The caller checked that it is locked.
void release_core(LockCore& core);

// After a thread of the VM finished: maybe all the others are blocked now.
void check_deadlock_after_exit();

}  // namespace gilt
