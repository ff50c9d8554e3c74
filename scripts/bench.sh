#!/usr/bin/env bash
# End-to-end benchmark: generates a corpus of many varied copies of the dev pages in a temporary folder
# (never in the repository), then runs the hidden `corpus bench` command, which measures in one JVM the
# floor (read and decode every file) and the full extract run (corpus learning, pipeline, JSON Lines to
# nowhere), and prints docs/s, MB/s, CPU seconds (process user+sys), peak RSS (VmHWM), peak heap and the
# most heap a collection left in use (after-gc: what the run kept alive).
#
# It prints, in one run:
#   1. text pages, 1 thread: floor and full, and the ratio full/floor (CPU seconds)
#   2. text pages, 2 threads: full, and the speed-up over 1 thread (wall docs/s)
#   3. HTML pages (jsoup parse included), 1 thread: docs per CPU second, and Readability4J's on the same pages
#      (built with -Pbench, whose classpath Maven gives; needs Maven Central or a filled ~/.m2)
#   4. heap flatness: the full run with -Xmx256m on HEAP_SIZES files: peak heap, heap after GC and peak RSS
#      per size
#
# Usage: scripts/bench.sh
#   env DOCS=20000          text files for 1-2 (rounded up to thousands)
#   env HTML_DOCS=5000      HTML files for 3 (0 skips)
#   env HEAP_SIZES="10000 100000"   corpus sizes for 4 ("" skips)
#   env WARMUP=2000         files run through decoding, the pre-pass and the pipeline before measuring (JIT warm-up)
#   env SHARED              the shared folder (default: ../shared next to the repository); without it the
#                           corpus is made from samples/ and the HTML part is skipped
#   env JAVA_OPTS           extra JVM options for 1-3, after bin/jvm-options (the launcher's options for
#                           long runs, which every part uses)
#   env JAR                 the jar to measure (default: target/corpus.jar, built when missing)
# The machine should be otherwise idle for wall-clock figures; CPU seconds hold on a busy machine too.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
docs="${DOCS:-20000}"
html_docs="${HTML_DOCS:-5000}"
heap_sizes="${HEAP_SIZES-10000 100000}"  # set but empty: skip part 4
warmup="${WARMUP:-2000}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v python3 >/dev/null || { echo "bench: python3 is needed to generate the corpus" >&2; exit 2; }

jar="${JAR:-$root/target/corpus.jar}"
if [ ! -f "$jar" ]; then
  echo "bench: building $jar ..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests package) >&2
fi

tmp="$(mktemp -d -t corpus-bench.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

text_src="$shared/data/articles/text"
html_src="$shared/data/articles/html"
if [ ! -d "$text_src" ]; then
  echo "bench: $text_src not found; generating from samples/ and skipping the HTML part" >&2
  text_src="$root/samples"
  html_docs=0
fi

thousands() { echo $(( ($1 + 999) / 1000 )); }
# folders NAME N: the first N thousand subfolders of the generated corpus NAME
folders() { local i; for ((i = 0; i < $2; i++)); do printf '%s/%s/%03d ' "$tmp" "$1" "$i"; done; }
# field ROW N: the N-th column of a bench row
field() { awk -v n="$2" '{print $n}' <<<"$1"; }
# The JIT compilers' share of a row's CPU (column 13, from /proc), and the docs per CPU second of the rest.
jit_share() {
  awk -v d="$(field "$1" 2)" -v c="$(field "$1" 5)" -v j="$(field "$1" 13)" 'BEGIN { if (j ~ /^[0-9.]+$/ && c > j)
    printf "JIT compilers: %.2f of %.2f cpu-s (%.0f%%); without them %d docs/cpu-s\n", j, c, 100 * j / c, d / (c - j) }'
}

biggest=$(thousands "$docs")
for n in $heap_sizes; do [ "$(thousands "$n")" -gt "$biggest" ] && biggest=$(thousands "$n"); done
echo "bench: generating $((biggest * 1000)) varied text files from $text_src ..." >&2
python3 "$root/scripts/bench-corpus.py" "$text_src" "$tmp/text" $((biggest * 1000))

# The JVM options the launcher gives a long run (bin/jvm-options), so that the figures are those of
# `bin/corpus`; JAVA_OPTS come after them and can override them.
jvm_options="@$root/bin/jvm-options"
bench() { "$java" "$jvm_options" ${JAVA_OPTS:-} -jar "$jar" bench "$@"; }

echo "== 1. text, 1 thread: floor (read + decode) and full extract, one JVM"
out1="$(bench --threads 1 --warmup "$warmup" $(folders text "$(thousands "$docs")"))"
echo "$out1"
full1="$(grep '^full ' <<<"$out1")"
jit_share "$full1"

echo
echo "== 2. text, 2 threads: full extract"
out2="$(bench --threads 2 --warmup "$warmup" --phase full $(folders text "$(thousands "$docs")"))"
echo "$out2"
full2="$(grep '^full ' <<<"$out2")"
jit_share "$full2"
awk -v a="$(field "$full1" 6)" -v b="$(field "$full2" 6)" -v c="$(field "$full1" 5)" -v d="$(field "$full2" 5)" \
  'BEGIN { printf "speed-up 1 -> 2 threads: %.2fx wall docs/s (cpu-s %.2f -> %.2f)\n", b / a, c, d }'
# Cores busy = cpu-s / wall-s. The wall speed-up is the ratio of cores busy times the ratio of docs/cpu-s.
# One worker keeps more than one core busy (the JIT compiler and GC threads run beside it), so at equal
# docs/cpu-s two workers could gain at most cores / (1-thread cores busy) on this machine.
awk -v w1="$(field "$full1" 4)" -v c1="$(field "$full1" 5)" -v w2="$(field "$full2" 4)" -v c2="$(field "$full2" 5)" \
  -v cores="$(nproc)" -v e1="$(field "$full1" 8)" -v e2="$(field "$full2" 8)" \
  'BEGIN { k = cores < 2 ? cores : 2
    printf "cores busy: 1 thread %.2f, 2 threads %.2f of %d (%.2fx); docs/cpu-s %d -> %d (%.2fx)\n", c1 / w1, c2 / w2, cores, (c2 / w2) / (c1 / w1), e1, e2, e2 / e1
    printf "at equal docs/cpu-s, 2 threads could gain at most %.2fx here\n", k / (c1 / w1) }'

if [ "$html_docs" -gt 0 ] && [ -d "$html_src" ]; then
  echo
  echo "== 3. HTML (jsoup parse included), 1 thread"
  python3 "$root/scripts/bench-corpus.py" "$html_src" "$tmp/html" $(( $(thousands "$html_docs") * 1000 ))
  html_warmup=$(( warmup < html_docs / 2 ? warmup : html_docs / 2 ))
  out3="$(bench --threads 1 --warmup "$html_warmup" $(folders html "$(thousands "$html_docs")"))"
  echo "$out3"
  full3="$(grep '^full ' <<<"$out3")"
  # The baseline on the same pages, in this run: Readability4J (read, decode, jsoup parse, article text) in
  # one JVM after the same warm-up, once with the JVM's defaults and once with bin/jvm-options; the ratio is
  # taken against the faster of the two.
  echo
  echo "== 3b. Readability4J on the same HTML pages, 1 thread (the issue's baseline)"
  cp_file="$tmp/readability4j.classpath"
  if (cd "$root" && ./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test) >&2; then
    baseline() { "$java" "$@" -cp "$root/target/test-classes:$root/target/classes:$(cat "$cp_file")" \
      dev.corpus.bench.Readability4jBaseline --warmup "$html_warmup" $(folders html "$(thousands "$html_docs")") 2>/dev/null; }
    r4j_default="$(baseline | grep '^readability4j ')"
    r4j_options="$(baseline "$jvm_options" | grep '^readability4j ')"
    printf '%s   (JVM defaults)\n%s   (bin/jvm-options)\n' "$r4j_default" "$r4j_options"
    awk -v r="$(field "$full3" 8)" -v a="$(field "$r4j_default" 8)" -v b="$(field "$r4j_options" 8)" \
      'BEGIN { best = a > b ? a : b
        printf "HTML: corpus %d docs/cpu-s full pipeline, Readability4J %d (best of the two): %.2fx\n", r, best, r / best }'
  else
    awk -v r="$(field "$full3" 8)" 'BEGIN { printf "HTML: %d docs/cpu-s full pipeline (Readability4J not measured: no classpath)\n", r }'
  fi
fi

if [ -n "$heap_sizes" ]; then
  echo
  echo "== 4. heap with -Xmx256m, 2 threads, full extract"
  printf '%-8s %12s %12s %12s %10s %11s\n' files peak-heap-MB after-gc-MB peak-rss-MB docs/cpu-s records
  for n in $heap_sizes; do
    out4="$("$java" "$jvm_options" -Xmx256m -jar "$jar" bench --threads 2 --phase full $(folders text "$(thousands "$n")"))"
    row="$(grep '^full ' <<<"$out4")"
    printf '%-8s %12s %12s %12s %10s %11s\n' "$n" "$(field "$row" 11)" "$(field "$row" 12)" "$(field "$row" 10)" \
      "$(field "$row" 8)" "$(field "$row" 2)"
  done
fi
