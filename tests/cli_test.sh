#!/usr/bin/env bash
# The gilt binary's command line: options, exit statuses, stdin and -c.
# Usage: tests/cli_test.sh path/to/gilt
set -u
gilt=$1
failures=0

# check NAME EXPECTED_STATUS EXPECTED_STDOUT_SUBSTRING -- COMMAND...
check() {
  local name=$1 want_status=$2 want_out=$3
  shift 4
  local out status
  out=$("$@" 2>&1)
  status=$?
  if [[ $status != "$want_status" || $out != *"$want_out"* ]]; then
    echo "FAIL $name: status $status (want $want_status), output: $out"
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'import sys\nprint(sys.argv[1:])\n' >"$tmp/args.py"

check version 0 "gilt 0.1.0" -- "$gilt" --version
check help 0 "usage: gilt" -- "$gilt" --help
check unknown-option 2 "unknown option --bogus" -- "$gilt" --bogus
check missing-c-argument 2 "Argument expected for the -c option" -- "$gilt" -c
check missing-file 2 "can't open file" -- "$gilt" "$tmp/nope.py"
check command 0 "3" -- "$gilt" -c "print(1 + 2)"
check command-argv 0 "['-c', 'x']" -- "$gilt" -c "import sys; print(sys.argv)" x
check script-argv 0 "['a', 'b']" -- "$gilt" "$tmp/args.py" a b
check stdin 0 "from stdin" -- bash -c "echo 'print(\"from stdin\")' | \"$gilt\" -"
check uncaught 1 "ZeroDivisionError: division by zero" -- "$gilt" -c "1/0"
check system-exit 4 "" -- "$gilt" -c "import sys; sys.exit(4)"
check dis 0 "RETURN_VALUE" -- "$gilt" --dis "$tmp/args.py"
# Ctrl-C ends time.sleep at once with KeyboardInterrupt (status 130, as CPython).
printf 'import time\ntime.sleep(30)\n' >"$tmp/sleep.py"
check sleep-interrupted 130 "KeyboardInterrupt" -- bash -c "\"$gilt\" \"$tmp/sleep.py\" & pid=\$!; sleep 0.3; kill -INT \$pid; wait \$pid"

# -m: a module or a package's __main__ found on sys.path (the current directory first).
mkdir -p "$tmp/mpkg" "$tmp/plainpkg"
printf 'import sys\nprint(__name__, __package__, sys.argv)\n' >"$tmp/runme.py"
printf 'X = "x"\n' >"$tmp/mpkg/__init__.py"
printf 'from . import X\nimport sys\nprint(__name__, __package__, X, sys.argv[0].endswith("mpkg/__main__.py"))\n' \
  >"$tmp/mpkg/__main__.py"
: >"$tmp/plainpkg/__init__.py"
check module 0 "__main__  ['$tmp/runme.py', 'a']" -- bash -c "cd '$tmp' && '$gilt' -m runme a"
check package-main 0 "__main__ mpkg x True" -- bash -c "cd '$tmp' && '$gilt' -m mpkg"
check module-missing 1 "No module named nosuch" -- bash -c "cd '$tmp' && '$gilt' -m nosuch"
check package-without-main 1 \
  "No module named plainpkg.__main__; 'plainpkg' is a package and cannot be directly executed" \
  -- bash -c "cd '$tmp' && '$gilt' -m plainpkg"
check stdlib-module 0 "" -- "$gilt" -m keyword

# Bundled modules (stdlib/lib/) show their source lines in tracebacks, and come
# after the script's directory on sys.path, as CPython's library does.
check stdlib-traceback 1 'json/decoder.py", line' -- "$gilt" -c "import json; json.loads('{')"
check stdlib-source-line 1 'raise JSONDecodeError("Expecting property name' -- "$gilt" -c "import json; json.loads('{')"
printf 'shadow = True\n' >"$tmp/string.py"
check user-module-first 0 "True" -- bash -c "cd '$tmp' && '$gilt' -c 'import string; print(string.shadow)'"

# The GIL's switches.
check switch-interval 0 "0.001" -- "$gilt" --switch-interval=0.001 -c "import sys; print(sys.getswitchinterval())"
check check-interval 0 "100" -- "$gilt" --check-interval=100 -c "import sys; print(sys.getcheckinterval())"
check bad-check-interval 2 "--check-interval expects a whole number of ticks, not 'x'" -- "$gilt" --check-interval=x -c 1
check bad-switch-interval 2 "--switch-interval expects a positive number of seconds" -- "$gilt" --switch-interval=0 -c 1
# Deadlock: each thread holds the lock the other wants. Reported, status 1,
# with the output printed so far; --deadlock-check=off would hang instead.
cat >"$tmp/deadlock.py" <<'PY'
import _thread, time
a = _thread.allocate_lock()
b = _thread.allocate_lock()
a.acquire()
print("started")
def worker():
    b.acquire()
    a.acquire()
_thread.start_new_thread(worker, ())
time.sleep(0.1)
b.acquire()
PY
check deadlock 1 "started" -- "$gilt" "$tmp/deadlock.py"
check deadlock-report 1 "deadlock.py:8 in worker" -- "$gilt" "$tmp/deadlock.py"
check deadlock-off 124 "" -- timeout 1 "$gilt" --deadlock-check=off "$tmp/deadlock.py"
# A thread waiting with a timeout, or sleeping, is not deadlocked.
printf 'import _thread, time
l = _thread.allocate_lock()
l.acquire()
_thread.start_new_thread(lambda: (time.sleep(0.2), l.release()), ())
l.acquire()
print("released")
' \
  >"$tmp/sleeper.py"
check no-deadlock-with-sleeper 0 "released" -- "$gilt" "$tmp/sleeper.py"

# Ctrl-C reaches the main thread while it waits in join() or a lock acquire.
printf 'import threading, time\nt = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nt.join()\n' \
  >"$tmp/join.py"
check join-interrupted 130 "KeyboardInterrupt" -- bash -c "\"$gilt\" \"$tmp/join.py\" & pid=\$!; sleep 0.3; kill -INT \$pid; wait \$pid"
printf 'import _thread\nl = _thread.allocate_lock()\nl.acquire()\n_thread.start_new_thread(__import__("time").sleep, (30,))\nl.acquire()\n' \
  >"$tmp/acquire.py"
check acquire-interrupted 130 "KeyboardInterrupt" -- bash -c "\"$gilt\" \"$tmp/acquire.py\" & pid=\$!; sleep 0.3; kill -INT \$pid; wait \$pid"

echo "$((32 - failures)) passed, $failures failed"
((failures == 0))
