#!/usr/bin/env bash
# Start-up time of a one-file run through the launcher, as a user runs it:
#   scripts/startup.sh [RUNS] [FILE]     (defaults: 20 runs, a small text written here)
# One untimed run first (it builds the jar or writes the class-data archive when they are missing), then
# RUNS timed runs of `bin/corpus extract FILE`. Prints the median, min and max wall time and the median
# CPU time (user + sys; on a busy machine it is the steadier figure). Set CORPUS to time another command.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
file="${2:-}"
corpus="${CORPUS:-$home/bin/corpus}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ -z "$file" ]; then
  file="$tmp/small.txt"
  printf '%s\n' 'Talks to resume next week' '' \
    'GENEVA, May 4 - The two delegations will meet again on Monday, the foreign minister said.' \
    '"We are ready to talk," she told reporters.' >"$file"
fi

# shellcheck disable=SC2086 # CORPUS may hold a command with arguments
$corpus extract "$file" >/dev/null 2>&1

TIMEFORMAT='%R %U %S'
for ((i = 0; i < runs; i++)); do
  # shellcheck disable=SC2086
  { time $corpus extract "$file" >/dev/null 2>&1; } 2>>"$tmp/times"
done

awk -v runs="$runs" -v file="$file" '
  { wall[NR] = $1; cpu[NR] = $2 + $3 }
  function median(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    n = NR
    m = median(wall, n); lo = wall[1]; hi = wall[n]
    printf "corpus extract %s: %d runs, wall median %.3f s (min %.3f, max %.3f), cpu (user+sys) median %.3f s\n",
      file, n, m, lo, hi, median(cpu, n)
  }' "$tmp/times"
