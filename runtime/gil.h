// The global interpreter lock: one per VM. A thread runs bytecode or touches
// Python objects only while it holds its VM's GIL, so reference counts,
// containers and the collector need no locks of their own.
//
// The state (all guarded by `mutex_` unless atomic):
//   locked_         someone holds the GIL.
//   holder_         who (an opaque thread id; for statistics and the trace).
//   switch_number_  how many times the GIL changed hands: a waiter that sees
//                   it unchanged after waiting knows nobody else got it.
//   drop_request_   (atomic) a waiter asks the holder to let go.
//   waiters_        threads blocked in acquire().
//
// Asking the holder to drop. The holder never blocks to check for waiters:
// the interpreter loop looks at the eval breaker (runtime/eval_breaker.h) at
// its safe points only, backward jumps and calls, not per instruction. A
// waiter raises a request there and the holder, at its next safe point,
// calls gil_eval_breaker(), which serves it. Which request depends on the
// switch policy, chosen at run time per VM:
//
//   Time interval (CPython >= 3.2, the default). A waiter waits on `cond_`
//   for `interval` (5 ms); if the GIL did not change hands meanwhile it sets
//   drop_request_. The holder drops the GIL at its next safe point and then
//   waits on `switch_cond_` until another thread has taken it ("forced
//   switching"): without that, on a multi-core machine the dropper, already
//   running, would usually win the GIL back before the woken waiter gets
//   scheduled, and the waiter would starve. sys.setswitchinterval().
//
//   Check interval (Python 2's "ticks"). While anyone waits, the holder
//   counts ticks at its safe points; after `check_interval` of them it
//   releases the GIL and takes it again at once, with no handoff: the
//   waiter only gets it if the OS wakes it first. This reproduces the old
//   GIL's behaviour on multi-core machines (the releaser mostly re-acquires
//   immediately) for study. sys.setcheckinterval(). A tick is meant to be one
//   bytecode instruction; since the loop checks only at its safe points, a
//   backward jump counts the instructions of the loop body it closes and a
//   call counts one (see docs/gil.md).
//
// Blocking operations (sleep, lock and join waits, file and socket I/O)
// release the GIL for their duration with a ReleaseGIL scope; they also end
// the holder's interval, which is why I/O-bound threads switch promptly.
//
// At shutdown the finalizing thread keeps the GIL for good: any other thread
// that tries to take it afterwards (a daemon thread) blocks forever, as in
// CPython, so it never runs on a half torn-down VM.
//
// Each thread's statistics (acquisitions, forced drops, time held and
// waited) are kept in its GILUser, next to whether it holds the GIL.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace gilt {

// A thread's relation to a GIL: whether it holds it, and its statistics.
struct GILUser {
  bool holding = false;
  uint64_t acquisitions = 0;
  uint64_t forced_drops = 0;  // drops served to a waiter's request
  int64_t wait_ns = 0;        // time spent waiting in acquire()
  int64_t held_ns = 0;        // time between acquiring and releasing
  int64_t acquired_at = 0;    // monotonic ns of the last acquisition
};

class GIL {
 public:
  GIL() = default;
  GIL(const GIL&) = delete;
  GIL& operator=(const GIL&) = delete;

  // Blocks until the calling thread holds the GIL. `user` is the caller's.
  void acquire(GILUser& user);
  // Lets go. The caller must hold the GIL.
  void release(GILUser& user);
  // The last release of a thread that ends.
  void release_at_exit(GILUser& user);
  bool held() const { return locked_.load(std::memory_order_relaxed); }

  // Called by the holder at a safe point when the eval breaker is set:
  // serves a drop request or counts `ticks`, releasing and re-taking the
  // GIL when it is time.
  void serve(GILUser& user, int ticks);
  bool wants_attention() const {
    return drop_request_.load(std::memory_order_relaxed) || tick_request_.load(std::memory_order_relaxed);
  }

  // Tunables. A check interval of 0 selects the time-interval policy.
  void set_switch_interval(std::chrono::nanoseconds interval) { interval_ns_ = interval.count(); }
  std::chrono::nanoseconds switch_interval() const { return std::chrono::nanoseconds(interval_ns_.load()); }
  void set_check_interval(int ticks);
  int check_interval() const { return check_interval_.load(); }

  // The finalizing thread `user` (which holds the GIL) keeps it for good.
  void keep_for_shutdown(GILUser& user);
  // In the child of fork(), where only `holder` (the forking thread, which
  // held the GIL) exists: fresh mutex and conditions (another thread may have
  // held the mutex at the fork), no waiters, no requests.
  void reinit_after_fork(GILUser& holder);

  uint64_t switches() const { return switch_number_.load(std::memory_order_relaxed); }

 private:
  void take(GILUser& user, std::unique_lock<std::mutex>& lock);
  void drop(GILUser& user);
  void update_tick_request();

  std::mutex mutex_;
  std::condition_variable cond_;         // the GIL became free
  std::condition_variable switch_cond_;  // the GIL changed hands (forced switching)
  std::atomic<bool> locked_{false};
  std::atomic<uint64_t> switch_number_{0};
  std::atomic<bool> drop_request_{false};
  std::atomic<bool> tick_request_{false};  // check-interval policy and someone waits
  int waiters_ = 0;
  int ticks_left_ = 0;
  GILUser* shutdown_owner_ = nullptr;  // set: only this thread may take the GIL
  std::atomic<int64_t> interval_ns_{5'000'000};
  std::atomic<int> check_interval_{0};
};

// The GIL of the VM the calling thread runs in (null outside any VM), and
// the calling thread's GILUser; both set with the thread state.
GIL* current_gil();
GILUser* current_gil_user();
void set_current_gil(GIL* gil, GILUser* user);

// Releases the calling thread's GIL for a blocking operation and takes it
// back at the end of the scope. The code inside must not touch Python
// objects (it may copy bytes out of them before, and build results after).
class ReleaseGIL {
 public:
  ReleaseGIL();
  ~ReleaseGIL();
  ReleaseGIL(const ReleaseGIL&) = delete;
  ReleaseGIL& operator=(const ReleaseGIL&) = delete;

 private:
  GIL* gil_ = nullptr;  // null: nothing was released
  GILUser* user_ = nullptr;
};

}  // namespace gilt
