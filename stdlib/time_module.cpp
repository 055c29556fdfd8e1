// The time module: clocks, sleep, and conversions between timestamps,
// struct_time and text, with CPython 3.11's argument checks and messages.
// Formatting goes through the C library's strftime, as CPython's does.
#include <cerrno>
#include <climits>
#include <cmath>
#include <ctime>
#include <mutex>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/gil.h"
#include "runtime/int_object.h"
#include "runtime/ops.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "stdlib/module_util.h"
#include "stdlib/struct_seq.h"

namespace gilt {

namespace {

StructSeqType struct_time_type;

// The argument count messages of PyArg_ParseTuple, which some functions
// here still use: "gmtime() takes at most 1 argument (3 given)".
void check_tuple_args(const char* fname, CallArgs args, size_t min, size_t max) {
  if (args.nkwargs()) raise_no_kwargs(fname);
  if (args.nargs >= min && args.nargs <= max) return;
  size_t n = args.nargs > max ? max : min;
  const char* bound = args.nargs > max ? "at most" : "at least";
  raise_type_error(std::string(fname) + "() takes " + bound + " " + std::to_string(n) + " argument" +
                   (n == 1 ? "" : "s") + " (" + std::to_string(args.nargs) + " given)");
}

// ------------------------------------------------------------------ clocks

int64_t clock_ns(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Seconds as CPython's _PyTime_AsSecondsDouble computes them from nanoseconds.
Ref seconds(int64_t ns) {
  if (ns % 1000000000 == 0) return new_float(static_cast<double>(ns / 1000000000));
  return new_float(static_cast<double>(ns) / 1e9);
}

#define GILT_CLOCK(name, clock)                     \
  Ref time_##name(Value, CallArgs args) {           \
    check_exact_args("time." #name, args, 0);       \
    return seconds(clock_ns(clock));                \
  }                                                 \
  Ref time_##name##_ns(Value, CallArgs args) {      \
    check_exact_args("time." #name "_ns", args, 0); \
    return int_from_int64(clock_ns(clock));         \
  }
GILT_CLOCK(time, CLOCK_REALTIME)
GILT_CLOCK(monotonic, CLOCK_MONOTONIC)
GILT_CLOCK(perf_counter, CLOCK_MONOTONIC)
GILT_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
GILT_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef GILT_CLOCK

// ------------------------------------------------------------------ sleep

// Waits until `deadline` (CLOCK_MONOTONIC nanoseconds) without the GIL, so
// other threads run meanwhile; even sleep(0) lets go of it once. Ctrl-C ends
// the wait with KeyboardInterrupt: a signal interrupts the system call, and
// short slices bound the delay for an interrupt requested from another thread.
void sleep_until(int64_t deadline) {
  constexpr int64_t kSlice = 50'000'000;  // 50 ms
  for (bool first = true;; first = false) {
    check_interrupts();
    int64_t now = clock_ns(CLOCK_MONOTONIC);
    if (now >= deadline && !first) return;
    int64_t wake = std::min(deadline, now + kSlice);
    timespec ts{static_cast<time_t>(wake / 1000000000), static_cast<long>(wake % 1000000000)};
    ReleaseGIL release;
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
  }
}

Ref time_sleep(Value, CallArgs args) {
  check_exact_args("time.sleep", args, 1);
  Value v = args.args[0];
  int64_t ns;
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    double scaled = std::ceil(d * 1e9);  // _PyTime_ROUND_TIMEOUT rounds up
    if (!(scaled < 9.2e18 && scaled > -9.2e18))
      raise_overflow_error("timestamp too large to convert to C _PyTime_t");
    ns = static_cast<int64_t>(scaled);
  } else {
    int64_t secs = index_int64(v);
    if (secs > INT64_MAX / 1000000000 || secs < INT64_MIN / 1000000000)
      raise_overflow_error("timestamp too large to convert to C _PyTime_t");
    ns = secs * 1000000000;
  }
  if (ns < 0) raise_value_error("sleep length must be non-negative");
  sleep_until(clock_ns(CLOCK_MONOTONIC) + ns);
  return Ref(Value::none());
}

// ------------------------------------------------------------------ struct_time

// A timestamp argument (None: now), floored to whole seconds.
time_t timestamp_arg(Value v) {
  if (v.is_null() || v.is_none()) return ::time(nullptr);
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d)) raise_value_error("Invalid value NaN (not a number)");
    d = std::floor(d);
    if (!(d >= -9.2e18 && d < 9.2e18)) raise_overflow_error("timestamp out of range for platform time_t");
    return static_cast<time_t>(d);
  }
  Ref i = index_value(v);
  int64_t t;
  if (!int_to_int64(i, t)) raise_overflow_error("timestamp out of range for platform time_t");
  return static_cast<time_t>(t);
}

Ref struct_time_from(const struct tm& tm) {
  return new_struct_seq(
      struct_time_type,
      {int_from_int64(tm.tm_year + 1900L), Value::small_int(tm.tm_mon + 1), Value::small_int(tm.tm_mday),
       Value::small_int(tm.tm_hour), Value::small_int(tm.tm_min), Value::small_int(tm.tm_sec),
       Value::small_int((tm.tm_wday + 6) % 7), Value::small_int(tm.tm_yday + 1),
       Value::small_int(tm.tm_isdst), tm.tm_zone ? new_str(tm.tm_zone) : Ref(Value::none()),
       int_from_int64(tm.tm_gmtoff)});
}

Ref convert_time(const char* fname, CallArgs args, bool local) {
  check_tuple_args(fname, args, 0, 1);
  time_t t = timestamp_arg(args.nargs ? args.args[0] : Value());
  struct tm tm;
  errno = 0;
  if (!(local ? ::localtime_r(&t, &tm) : ::gmtime_r(&t, &tm))) raise_os_error(errno ? errno : EINVAL);
  return struct_time_from(tm);
}

Ref time_gmtime(Value, CallArgs args) { return convert_time("gmtime", args, false); }
Ref time_localtime(Value, CallArgs args) { return convert_time("localtime", args, true); }

// A C int from one item of a time tuple.
int tuple_int(Value v) {
  if (is_float(v)) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t i = index_int64(v);
  if (i > INT_MAX) raise_overflow_error("signed integer is greater than maximum");
  if (i < INT_MIN) raise_overflow_error("signed integer is less than minimum");
  return static_cast<int>(i);
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg). `zone`
// keeps tm_zone's text alive.
struct tm tm_from_tuple(Value v, const char* illegal, std::string& zone) {
  if (!is_tuple(v)) raise_type_error("Tuple or struct_time argument required");
  auto* t = v.as<TupleObject>();
  if (t->size != 9) raise_type_error(illegal);
  struct tm tm {};
  const Value* it = t->items();
  int year = tuple_int(it[0]);
  tm.tm_year = year - 1900;
  tm.tm_mon = tuple_int(it[1]) - 1;
  tm.tm_mday = tuple_int(it[2]);
  tm.tm_hour = tuple_int(it[3]);
  tm.tm_min = tuple_int(it[4]);
  tm.tm_sec = tuple_int(it[5]);
  tm.tm_wday = (tuple_int(it[6]) + 1) % 7;  // Monday=0 to Sunday=0, keeping C's sign
  tm.tm_yday = tuple_int(it[7]) - 1;
  tm.tm_isdst = tuple_int(it[8]);
  if (type_of(v) == &struct_time_type) {
    Value z = it[9], off = it[10];
    if (is_str(z)) {
      zone = std::string(str_view(z));
      tm.tm_zone = zone.c_str();
    }
    if (!off.is_none()) tm.tm_gmtoff = tuple_int(off);
  }
  return tm;
}

// CPython's checktm: range checks, with 0 accepted for the 1-based fields.
void check_tm(struct tm& tm) {
  if (tm.tm_mon == -1)
    tm.tm_mon = 0;
  else if (tm.tm_mon < 0 || tm.tm_mon > 11)
    raise_value_error("month out of range");
  if (tm.tm_mday == 0)
    tm.tm_mday = 1;
  else if (tm.tm_mday < 0 || tm.tm_mday > 31)
    raise_value_error("day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) raise_value_error("hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) raise_value_error("minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) raise_value_error("seconds out of range");
  if (tm.tm_wday < 0) raise_value_error("day of week out of range");
  if (tm.tm_yday == -1)
    tm.tm_yday = 0;
  else if (tm.tm_yday < 0 || tm.tm_yday > 365)
    raise_value_error("day of year out of range");
}

struct tm tm_now_local() {
  time_t now = ::time(nullptr);
  struct tm tm;
  ::localtime_r(&now, &tm);
  return tm;
}

Ref time_strftime(Value, CallArgs args) {
  check_tuple_args("strftime", args, 1, 2);
  Value format = args.args[0];
  if (!is_str(format)) raise_type_error("strftime() argument 1 must be str, not " + type_name(format));
  std::string zone;
  struct tm tm;
  if (args.nargs > 1) {
    tm = tm_from_tuple(args.args[1], "strftime(): illegal time tuple argument", zone);
    check_tm(tm);
  } else {
    tm = tm_now_local();
  }
  if (tm.tm_isdst < -1)
    tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1)
    tm.tm_isdst = 1;
  std::string fmt(str_view(format));
  if (fmt.empty()) return new_str("");
  // strftime returns 0 both for "too small" and for an empty result: grow
  // the buffer a few times, then accept an empty result.
  for (size_t size = 1024; size <= 256 * (fmt.size() + 1024); size *= 4) {
    std::string out(size, '\0');
    size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
    if (n) {
      out.resize(n);
      return new_str(out);
    }
  }
  return new_str("");
}

// "Sun Jun 20 23:21:05 1993"
Ref format_asctime(const struct tm& tm) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm.tm_wday], months[tm.tm_mon],
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
  return new_str(buffer);
}

Ref time_asctime(Value, CallArgs args) {
  check_arg_range("asctime", args, 0, 1);
  std::string zone;
  struct tm tm;
  if (args.nargs) {
    tm = tm_from_tuple(args.args[0], "asctime(): illegal time tuple argument", zone);
    check_tm(tm);
  } else {
    tm = tm_now_local();
  }
  return format_asctime(tm);
}

Ref time_ctime(Value, CallArgs args) {
  check_tuple_args("ctime", args, 0, 1);
  time_t t = timestamp_arg(args.nargs ? args.args[0] : Value());
  struct tm tm;
  if (!::localtime_r(&t, &tm)) raise_overflow_error("ctime argument out of range");
  return format_asctime(tm);
}

Ref time_mktime(Value, CallArgs args) {
  check_exact_args("time.mktime", args, 1);
  std::string zone;
  struct tm tm = tm_from_tuple(args.args[0], "mktime(): illegal time tuple argument", zone);
  tm.tm_wday = -1;  // mktime sets it on success: tells -1 the time from -1 the error
  time_t t = ::mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) raise_overflow_error("mktime argument out of range");
  return new_float(static_cast<double>(t));
}

void init_time_types() {
  init_struct_seq_type(struct_time_type, "time", "struct_time",
                       {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                        "tm_isdst", "tm_zone", "tm_gmtoff"},
                       9);
}

}  // namespace

Ref make_time_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_time_types);
  ::tzset();
  Ref m = new_module("time");
  add_functions(m, {
                       {"time", time_time},
                       {"time_ns", time_time_ns},
                       {"monotonic", time_monotonic},
                       {"monotonic_ns", time_monotonic_ns},
                       {"perf_counter", time_perf_counter},
                       {"perf_counter_ns", time_perf_counter_ns},
                       {"process_time", time_process_time},
                       {"process_time_ns", time_process_time_ns},
                       {"thread_time", time_thread_time},
                       {"thread_time_ns", time_thread_time_ns},
                       {"sleep", time_sleep},
                       {"gmtime", time_gmtime},
                       {"localtime", time_localtime},
                       {"strftime", time_strftime},
                       {"asctime", time_asctime},
                       {"ctime", time_ctime},
                       {"mktime", time_mktime},
                   });
  module_set(m, "struct_time", Value::object(&struct_time_type));
  // The zone constants, as CPython's init_timezone derives them: from the
  // local time in January and in July of this year.
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t t = (::time(nullptr) / kYear) * kYear;
  struct tm jan, jul;
  ::localtime_r(&t, &jan);
  t += kYear / 2;
  ::localtime_r(&t, &jul);
  long jan_zone = -jan.tm_gmtoff, jul_zone = -jul.tm_gmtoff;
  Ref jan_name = new_str(jan.tm_zone ? jan.tm_zone : ""), jul_name = new_str(jul.tm_zone ? jul.tm_zone : "");
  bool southern = jan_zone < jul_zone;  // DST in January
  module_set(m, "timezone", int_from_int64(southern ? jul_zone : jan_zone));
  module_set(m, "altzone", int_from_int64(southern ? jan_zone : jul_zone));
  module_set(m, "daylight", Value::small_int(jan_zone != jul_zone));
  module_set(m, "tzname", southern ? make_tuple({jul_name, jan_name}) : make_tuple({jan_name, jul_name}));
  return m;
}

}  // namespace gilt
