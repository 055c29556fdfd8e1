// The GIL's mechanics; the design is described in gil.h.
#include "runtime/gil.h"

#include "runtime/eval_breaker.h"

#include <new>

namespace gilt {

namespace {

int64_t monotonic_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

thread_local GIL* current_gil_ = nullptr;
thread_local GILUser* current_user_ = nullptr;

}  // namespace

GIL* current_gil() { return current_gil_; }
GILUser* current_gil_user() { return current_user_; }
void set_current_gil(GIL* gil, GILUser* user) {
  current_gil_ = gil;
  current_user_ = user;
}

void GIL::acquire(GILUser& user) {
  std::unique_lock<std::mutex> lock(mutex_);
  take(user, lock);
}

void GIL::release(GILUser& user) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    drop(user);
  }
  // Wake a waiter only now, so it does not wake just to block on mutex_.
  cond_.notify_one();
}

void GIL::release_at_exit(GILUser& user) {
  // The VM may be torn down as soon as another thread holds the GIL, so
  // this thread must be done with the GIL before anyone can take it.
  std::lock_guard<std::mutex> guard(mutex_);
  drop(user);
  cond_.notify_one();
}

void GIL::take(GILUser& user, std::unique_lock<std::mutex>& lock) {
  int64_t start = monotonic_ns();
  auto must_wait = [&] { return locked_ || (shutdown_owner_ && shutdown_owner_ != &user); };
  if (must_wait()) {
    waiters_++;
    update_tick_request();
    while (must_wait()) {
      if (check_interval_ > 0 || shutdown_owner_) {
        cond_.wait(lock);
        continue;
      }
      // Time policy: after a whole interval without a switch, ask the holder.
      uint64_t seen = switch_number_;
      bool timed_out = cond_.wait_for(lock, std::chrono::nanoseconds(interval_ns_.load())) == std::cv_status::timeout;
      if (timed_out && locked_ && switch_number_ == seen && !drop_request_.exchange(true))
        eval_breaker_requests.fetch_add(1, std::memory_order_relaxed);
    }
    waiters_--;
    update_tick_request();
  }
  locked_ = true;
  switch_number_++;
  // Whoever asked for the drop (maybe this thread) has been served.
  if (drop_request_.exchange(false)) eval_breaker_requests.fetch_sub(1, std::memory_order_relaxed);
  switch_cond_.notify_all();
  int64_t now = monotonic_ns();
  user.holding = true;
  user.acquisitions++;
  user.wait_ns += now - start;
  user.acquired_at = now;
}

void GIL::drop(GILUser& user) {
  user.holding = false;
  user.held_ns += monotonic_ns() - user.acquired_at;
  locked_ = false;
}

void GIL::serve(GILUser& user, int ticks) {
  if (drop_request_.load(std::memory_order_relaxed)) {
    std::unique_lock<std::mutex> lock(mutex_);
    uint64_t seen = switch_number_;
    drop(user);
    user.forced_drops++;
    lock.unlock();
    cond_.notify_one();
    lock.lock();
    // Forced switching: do not come back before a waiter has had the GIL.
    if (!shutdown_owner_) switch_cond_.wait(lock, [&] { return switch_number_ != seen || waiters_ == 0; });
    take(user, lock);
    return;
  }
  if (!tick_request_.load(std::memory_order_relaxed)) return;
  // Only the holder counts, so the count needs no lock.
  ticks_left_ -= ticks;
  if (ticks_left_ > 0) return;
  ticks_left_ = check_interval_;
  // No handoff: the GIL is let go and taken straight back, and the waiter
  // wins only if the OS runs it in between, as with Python 2's GIL.
  release(user);
  acquire(user);
}

void GIL::set_check_interval(int ticks) {
  std::lock_guard<std::mutex> guard(mutex_);
  check_interval_ = ticks;
  ticks_left_ = ticks;
  update_tick_request();
  cond_.notify_all();  // waiters re-read the policy
}

// Keeps tick_request_ (and its eval breaker count) in step with "the
// check-interval policy is on and someone waits". Called under mutex_.
void GIL::update_tick_request() {
  bool want = check_interval_ > 0 && waiters_ > 0;
  if (tick_request_ == want) return;
  tick_request_ = want;
  if (want)
    eval_breaker_requests.fetch_add(1, std::memory_order_relaxed);
  else
    eval_breaker_requests.fetch_sub(1, std::memory_order_relaxed);
}

void GIL::keep_for_shutdown(GILUser& user) {
  std::lock_guard<std::mutex> guard(mutex_);
  shutdown_owner_ = &user;
}

void GIL::reinit_after_fork(GILUser& holder) {
  new (&mutex_) std::mutex();
  new (&cond_) std::condition_variable();
  new (&switch_cond_) std::condition_variable();
  waiters_ = 0;
  shutdown_owner_ = nullptr;
  if (drop_request_.exchange(false)) eval_breaker_requests.fetch_sub(1, std::memory_order_relaxed);
  if (tick_request_.exchange(false)) eval_breaker_requests.fetch_sub(1, std::memory_order_relaxed);
  locked_ = true;
  holder.holding = true;
}

ReleaseGIL::ReleaseGIL() {
  GILUser* user = current_gil_user();
  if (!current_gil_ || !user || !user->holding) return;
  gil_ = current_gil_;
  user_ = user;
  gil_->release(*user_);
}

ReleaseGIL::~ReleaseGIL() {
  if (gil_) gil_->acquire(*user_);
}

}  // namespace gilt
