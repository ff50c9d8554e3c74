#!/usr/bin/env bash
# Adversarial inputs at three sizes each, timed through the real CLI, so that linearity is visible:
# for a linear stage the seconds per MB stay about the same from size to size.
#
#   scripts/adversarial.sh [SCALE]       (needs target/corpus.jar; SCALE multiplies every size, default 1)
#   ONLY=quotes scripts/adversarial.sh   (one case; names below)
#   SIZES="1 3" ONLY=one-line ...        (sizes in MB, times SCALE, instead of each case's three)
#
# Each input is one file; the run uses --max-bytes 256M and a time budget far above the sizes here, so that
# the figures show the work itself rather than a budget cutting it off (BUDGET=10s shows the budget at work).
# Prints: case, size, wall and CPU seconds (the JVM's start-up, measured first, taken off), CPU-seconds per MB, peak
# RSS, and the record's error codes. Linear means cpu-s/MB about flat down a case's three rows.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/corpus.jar}
SCALE=${SCALE:-${1:-1}}
BUDGET=${BUDGET-30m}  # empty: no --time-budget option (for a jar older than it)
LIMIT=${LIMIT:-1200}   # seconds before one run is killed (shown as "killed after ...")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# gen CASE BYTES FILE: writes about BYTES bytes of the named pathological input.
gen() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys
case, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def rep(unit, head="", tail=""):
    return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail
words = ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar "
         "Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu ").split()
if case == "one-line":          # a single line of ordinary words, no newline
    unit = "the minister said on Monday that talks would resume, and officials agreed. "
    s = rep(unit)
elif case == "quotes":          # a million quotation marks (and their curly kin)
    s = rep('"\u201c\u201d\'', "Story\n\n")
elif case == "nested-html":     # deeply nested elements
    depth = max(1, n // 12)
    s = "<html><body>" + "<div><span>" * (depth // 2) + "text" + "</span></div>" * (depth // 2) + "</body></html>"
elif case == "capitalized":     # long runs of capitalized words (name-like), no punctuation
    s = "".join(words[i % len(words)] + " " for i in range(n // 6))
elif case == "angle":           # a million '<'
    s = rep("<")
elif case == "table":           # one huge table
    s = rep("<tr><td>Cell One</td><td>Cell Two</td><td>3</td></tr>", "<html><body><table>", "</table></body></html>")
elif case == "commas":          # one line of commas
    s = rep(",")
elif case == "short-lines":     # very many short lines
    s = rep("Ab.\n")
elif case == "said":            # cue words and attributions everywhere
    s = rep('"We will," said Smith. "Yes," he said, according to officials. ', "Story\n\n")
elif case == "dates":           # date-like tokens everywhere
    s = rep("On Monday, 12 March 2020, in 1999 and on 3/4/05, ")
elif case == "entities":        # character references
    s = rep("&amp;&#x1F600;&eacute;&#0;&", "<html><body><p>", "</p></body></html>")
elif case == "attributes":      # one element with very many attributes
    s = rep(' a="b"', "<html><body><p", ">x</p></body></html>")
else:
    sys.exit("unknown case " + case)
ext = ".html" if s.startswith("<html") or case in ("angle",) else ".txt"
with open(path + ext, "w", encoding="utf-8") as f:
    f.write(s)
print(path + ext)
PY
}

# run FILE: times one extract run; sets wall, cpu (user + sys seconds) and code
run() {
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" timeout "$LIMIT" java -Xmx3g -XX:+UseSerialGC -jar "$JAR" \
        extract --threads 1 --max-bytes 256M ${BUDGET:+--time-budget "$BUDGET"} --no-corpus-learning -q "$1" \
        > "$WORK/out.jsonl" 2>"$WORK/err"
    code=$?
    set -e
    read -r wall user sys rss < <(tail -1 "$WORK/time")
    cpu=$(python3 -c "print($user + $sys)")
}

# The JVM's start-up and class loading, measured on a one-line file and taken off every figure below.
printf 'A short line.\n' > "$WORK/tiny.txt"
run "$WORK/tiny.txt"
base=$cpu
run "$WORK/tiny.txt"
base=$(python3 -c "print(min($base, $cpu))")
echo "start-up: $base CPU-s (subtracted from cpu-s below)"

CASES=${ONLY:-one-line quotes nested-html capitalized angle table commas short-lines said dates entities attributes}
printf '%-12s %10s %8s %8s %9s %7s  %s\n' case bytes wall-s cpu-s cpu-s/MB rss-MB errors
for c in $CASES; do
    case $c in
        one-line) sizes="10 30 100" ;;          # MB: the issue's 100 MB single line
        nested-html) sizes="0.12 0.24 0.48" ;;  # 10k, 20k, 40k nested elements
        quotes) sizes="1 2 4" ;;                # 1, 2, 4 million quotation marks
        *) sizes="1 2 4" ;;
    esac
    sizes=${SIZES:-$sizes}
    for mb in $sizes; do
        bytes=$(python3 -c "print(int($mb * $SCALE * 1000000))")
        f=$(gen "$c" "$bytes" "$WORK/$c-$mb")
        size=$(stat -c %s "$f")
        # CPU seconds (user + sys) are the figure to read: wall time on a shared machine is noise
        run "$f"
        if [ "$code" = 124 ]; then
            errors="killed after ${LIMIT}s"
        else
            errors=$(python3 -c 'import json,sys
try:
    r = json.loads(open(sys.argv[1]).readline())
    print(",".join(e["code"] for e in r["errors"]) or "-", "exit", sys.argv[2])
except Exception as e:
    print("no record, exit", sys.argv[2])' "$WORK/out.jsonl" "$code")
        fi
        python3 -c "import sys
b=$size; cpu=max(0.0, $cpu-$base)
print('%-12s %10d %8.2f %8.2f %9.3f %7d  %s' % ('$c', b, $wall, cpu, cpu/(b/1e6), $rss/1024, sys.argv[1]))" "$errors"
        rm -f "$f"
    done
done
