# The time module: deterministic conversions (fixed timestamps and tuples, in
# UTC), the clocks' types and monotonicity, sleep, and the errors.
import time


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Clocks: types, and that they move forward.
for name in ["time", "monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = f()
    print(name, type(a).__name__, type(g()).__name__, b >= a, g() > 0)
t0 = time.monotonic()
time.sleep(0.02)
time.sleep(0)
time.sleep(1 / 1000)
print("slept", time.monotonic() - t0 >= 0.02)
print(abs(time.time() - time.time_ns() / 1e9) < 1)

# gmtime and struct_time.
t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:3], len(t), tuple(t), list(t) == list(tuple(t)), t == tuple(t), t.tm_gmtoff)
year, month, *rest = t
print(year, month, rest, type(t).__name__, isinstance(t, tuple), time.struct_time)
for secs in [0, 1.9, -1.5, 86400 * 366, 951782400, 4102444800, -2208988800]:
    print(secs, tuple(time.gmtime(secs)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8, "ZZ", 3600)).tm_zone, hash(t) == hash(tuple(t)))
check("struct_time short", lambda: time.struct_time((1, 2, 3)))
check("struct_time long", lambda: time.struct_time(range(12)))

# strftime and asctime on fixed tuples.
leap = (2020, 2, 29, 13, 5, 9, 5, 60, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", leap))
print(time.strftime("%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %%", leap))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(10**9)), repr(time.strftime("", leap)))
print(time.strftime("%d/%m/%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%a", (2020, 1, 1, 0, 0, 0, 6, 1, 0)))
print(time.asctime(leap), time.asctime(time.gmtime(0)), time.asctime((2021, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%H:%M", (2000, 1, 1, 23, 59, 61, 0, 1, 0)), len(time.strftime("%Y")) == 4)
check("strftime short tuple", lambda: time.strftime("%Y", (1, 2, 3)))
check("strftime list", lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]))
check("strftime month", lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
check("strftime day", lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)))
check("strftime hour", lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)))
check("strftime minute", lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)))
check("strftime second", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)))
check("strftime wday", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0)))
check("strftime yday", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)))
check("strftime str item", lambda: time.strftime("%Y", ("a", 1, 1, 0, 0, 0, 0, 1, 0)))
check("strftime float item", lambda: time.strftime("%Y", (2020.5, 1, 1, 0, 0, 0, 0, 1, 0)))
check("strftime format", lambda: time.strftime(5))
check("asctime month", lambda: time.asctime((2020, 13, 9, 3, 5, 9, 6, 40, 0)))

# Local time: only what does not depend on the machine's zone.
lt = time.localtime(1000000)
print(type(lt).__name__, len(lt), time.mktime(lt), type(time.ctime(0)).__name__, len(time.ctime()))
print(time.mktime(time.localtime(1234567890)) == 1234567890.0, type(time.timezone).__name__,
      type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
check("mktime short", lambda: time.mktime((1, 2)))
check("gmtime nan", lambda: time.gmtime(float("nan")))
check("gmtime huge", lambda: time.gmtime(1e30))
check("gmtime str", lambda: time.gmtime("x"))
check("sleep negative", lambda: time.sleep(-1))
check("sleep str", lambda: time.sleep("x"))
check("sleep nan", lambda: time.sleep(float("nan")))
check("sleep None", lambda: time.sleep(None))
check("sleep keyword", lambda: time.sleep(secs=1))
check("sleep no args", lambda: time.sleep())
check("time args", lambda: time.time(1))
check("monotonic args", lambda: time.monotonic(1))
check("gmtime args", lambda: time.gmtime(1, 2))
check("gmtime keyword", lambda: time.gmtime(x=1))
check("strftime no args", lambda: time.strftime())
check("strftime args", lambda: time.strftime("", (), 3))
check("asctime args", lambda: time.asctime(1, 2))
check("ctime args", lambda: time.ctime(1, 2))
check("mktime args", lambda: time.mktime())
