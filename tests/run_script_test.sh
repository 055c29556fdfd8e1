#!/usr/bin/env bash
# Run one script test and compare it with its expected output.
#
#   tests/run_script_test.sh GILT tests/scripts/DIR/NAME.py     (cwd: repo root)
#
# Beside NAME.py:
#   NAME.out     expected stdout (required)
#   NAME.err     expected stderr (absent: stderr must be empty)
#   NAME.status  expected exit status (absent: 0)
#   NAME.args    command-line arguments, one per line (optional)
#   NAME.stdin   standard input (optional; default /dev/null)
#
# CPython prints tracebacks with the script's absolute path; expected files
# store paths relative to the repo root instead (scripts/regen-expected strips
# "$PWD/"), and the same is stripped from gilt's output here, so the tests pass
# in any checkout location. Object addresses in reprs ("<... at 0x7f...>")
# are normalized to "at 0x..." on both sides.
set -uo pipefail

if (($# != 2)); then
  echo "usage: $0 GILT tests/scripts/PATH.py" >&2
  exit 2
fi
gilt=$1
script=$2
base=${script%.py}
timeout_s=${GILT_TEST_TIMEOUT:-60}

if [[ ! -f $base.out ]]; then
  echo "FAIL $script: missing $base.out (run scripts/regen-expected $script)"
  exit 1
fi

args=()
[[ -f $base.args ]] && mapfile -t args <"$base.args"
stdin=/dev/null
[[ -f $base.stdin ]] && stdin=$base.stdin

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

timeout -k 5 "$timeout_s" "$gilt" "$script" "${args[@]}" <"$stdin" >"$tmp/out" 2>"$tmp/err"
status=$?

strip_root() { ROOT="$PWD/" perl -pi -e 's/\Q$ENV{ROOT}\E//g; s/ at 0x[0-9a-f]+>/ at 0x...>/g' "$1"; }
strip_root "$tmp/out"
strip_root "$tmp/err"

expected_status=0
[[ -f $base.status ]] && expected_status=$(tr -d '[:space:]' <"$base.status")
expected_err=/dev/null
[[ -f $base.err ]] && expected_err=$base.err

fail=0
if ((status == 124 || status == 137)) && ((expected_status != status)); then
  echo "FAIL $script: timed out after ${timeout_s}s"
  fail=1
fi
if ! diff -u --label "expected stdout ($base.out)" --label "actual stdout" "$base.out" "$tmp/out"; then
  fail=1
fi
if ! diff -u --label "expected stderr (${expected_err})" --label "actual stderr" "$expected_err" "$tmp/err"; then
  fail=1
fi
if [[ $status != "$expected_status" ]]; then
  echo "FAIL $script: exit status $status, expected $expected_status"
  fail=1
fi
if ((fail)); then
  echo "command: (cd $PWD && $gilt $script${args[*]:+ ${args[*]}} <$stdin)"
  exit 1
fi
exit 0
