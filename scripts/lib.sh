# Shared helpers for scripts/*; source it, don't run it.
# shellcheck shell=bash

GILT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GILT_JOBS=${GILT_JOBS:-$(nproc 2>/dev/null || echo 2)}

# gilt_configure DIR [-DVAR=VALUE ...]
# Configure DIR with CMake + Ninja unless it is already configured with every
# given -DVAR=VALUE. Options not given keep whatever the tree has, so
# scripts/run and scripts/test share build/ without reconfiguring each other.
gilt_configure() {
  local dir=$1
  shift
  local needed=0 arg var value
  if [[ ! -f $dir/build.ninja || ! -f $dir/CMakeCache.txt ]]; then
    needed=1
  else
    for arg in "$@"; do
      [[ $arg == -D*=* ]] || continue
      var=${arg#-D}
      value=${var#*=}
      var=${var%%=*}
      var=${var%%:*}
      if ! grep -qxF -e "$var:BOOL=$value" -e "$var:STRING=$value" -e "$var:UNINITIALIZED=$value" \
        -e "$var:FILEPATH=$value" -e "$var:PATH=$value" "$dir/CMakeCache.txt"; then
        needed=1
      fi
    done
  fi
  ((needed)) || return 0
  mkdir -p "$dir"
  if ! cmake -S "$GILT_ROOT" -B "$dir" -G Ninja "$@" >"$dir/cmake.log" 2>&1; then
    cat "$dir/cmake.log" >&2
    echo "error: cmake configure of $dir failed (log: $dir/cmake.log)" >&2
    return 1
  fi
}

# gilt_build DIR [TARGET ...]
# Build with Ninja; silent when everything is up to date. Build output goes to stderr.
gilt_build() {
  local dir=$1
  shift
  local - status # "local -": the set +e below ends with this function
  set +e
  ninja -C "$dir" -j "$GILT_JOBS" "$@" 2>&1 |
    grep -v -e 'Re-checking globbed directories' -e '^ninja: no work to do\.$' \
      -e '^ninja: Entering directory' -e 'Re-running CMake' -e '^-- ' >&2
  status=${PIPESTATUS[0]}
  if ((status != 0)); then
    echo "error: build in $dir failed" >&2
  fi
  return "$status"
}
