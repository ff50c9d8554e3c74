#!/usr/bin/env bash
# Scores the built jar on the dev evaluation sets in ../shared (next to this repository) and prints the
# figures: article body (P, R, F1, empty outputs), headline/author/date accuracy, and the sample checks.
#
# Usage: scripts/eval.sh [EXTRACT_OPTION...]
#   Options are passed to every `corpus extract` run, e.g. scripts/eval.sh --no-corpus-learning
#   env SHARED   the shared folder (default: ../shared next to the repository)
#   env KEEP=1   keep the temporary folder with predictions and scorer reports
# Nothing is copied into the repository: pages are gunzipped into a temporary folder removed on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
data="$shared/data"
eval_dir="$shared/eval"

if [ ! -d "$data" ] || [ ! -d "$eval_dir" ]; then
  echo "eval: $data or $eval_dir not found; skipping the evaluation"
  exit 0
fi
command -v python3 >/dev/null || { echo "eval: python3 not found; skipping the evaluation"; exit 0; }

jar="$root/target/corpus.jar"
if [ ! -f "$jar" ]; then
  echo "eval: building $jar ..." >&2
  (cd "$root" && ./mvnw -q -B -DskipTests package) >&2
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

tmp="$(mktemp -d -t corpus-eval.XXXXXX)"
if [ -n "${KEEP:-}" ]; then
  echo "eval: predictions and reports kept in $tmp" >&2
else
  trap 'rm -rf "$tmp"' EXIT
fi

rows=()

# extract NAME DIR [OPTION...]: predictions for every file of DIR into $tmp/NAME.jsonl
extract() {
  local name=$1 dir=$2 code=0
  shift 2
  "$java" -jar "$jar" extract --format jsonl -q "$@" "$dir" >"$tmp/$name.jsonl" 2>"$tmp/$name.stderr" </dev/null \
    || code=$?
  # 3 = some records have errors: the scorers count those as whatever the record holds.
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "eval: corpus extract $dir exited $code: $(head -c 300 "$tmp/$name.stderr")" >&2
  fi
}

# gunzip_dir SRC NAME: the .html.gz pages of SRC, decompressed into $tmp/NAME/
gunzip_dir() {
  mkdir -p "$tmp/$2"
  local f
  for f in "$1"/*.html.gz; do
    gzip -dc "$f" >"$tmp/$2/$(basename "$f" .gz)"
  done
}

# json_get FILE EXPR: a value from a scorer's --json summary, e.g. json_get x.json "['f1']"
json_get() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval("d"+sys.argv[2]))' "$1" "$2"
}

body() {  # body NAME GOLD INPUT_DIR
  local name=$1 gold=$2 dir=$3 s
  extract "$name" "$dir" "${opts[@]}"
  python3 "$eval_dir/score_body.py" "$gold" "$tmp/$name.jsonl" --json >"$tmp/$name.body.json" 2>/dev/null
  s="$tmp/$name.body.json"
  rows+=("$(printf '%-22s P=%.3f R=%.3f F1=%.3f empty=%s/%s' "body-$name" \
    "$(json_get "$s" "['precision']")" "$(json_get "$s" "['recall']")" "$(json_get "$s" "['f1']")" \
    "$(json_get "$s" "['n_empty_pred']")" "$(json_get "$s" "['n']")")")
  echo "${rows[-1]}" >&2
}

meta() {  # meta NAME GOLD INPUT_DIR FIELDS
  local name=$1 gold=$2 dir=$3 fields=$4 line field s
  [ -f "$tmp/$name.jsonl" ] || extract "$name" "$dir" "${opts[@]}"
  python3 "$eval_dir/score_meta.py" "$gold" "$tmp/$name.jsonl" --fields "$fields" --json \
    >"$tmp/$name.meta.json" 2>/dev/null
  s="$tmp/$name.meta.json"
  line="$(printf '%-22s' "meta-$name")"
  for field in ${fields//,/ }; do
    line+="$(printf ' %s=%.3f' "$field" "$(json_get "$s" "['$field']['accuracy']")")"
  done
  rows+=("$line")
  echo "$line" >&2
}

opts=("$@")
echo "eval: $("$java" -jar "$jar" --version | head -n 1)${opts[*]:+, extract options: ${opts[*]}}"

articles="$data/articles"
if [ -f "$articles/ground-truth.jsonl" ]; then
  gunzip_dir "$articles/html" articles-html
  body articles-html "$articles/ground-truth.jsonl" "$tmp/articles-html"
  body articles-text "$articles/ground-truth.jsonl" "$articles/text"
fi

for set in fundus htmldate; do
  d="$data/metadata/$set"
  [ -f "$d/ground-truth.jsonl" ] || continue
  fields=title,authors,date
  [ "$set" = htmldate ] && fields=date
  gunzip_dir "$d/html" "$set-html"
  meta "$set-html" "$d/ground-truth.jsonl" "$tmp/$set-html" "$fields"
  meta "$set-text" "$d/ground-truth.jsonl" "$d/text" "$fields"
done

if [ -f "$eval_dir/gold-samples.json" ] && [ -d "$shared/samples" ]; then
  extract samples "$shared/samples" "${opts[@]}"
  python3 "$eval_dir/score.py" "$eval_dir/gold-samples.json" "$tmp/samples.jsonl" >"$tmp/samples.score.txt" || true
  rows+=("$(printf '%-22s %s' samples "$(tail -n 1 "$tmp/samples.score.txt")")")
  echo "${rows[-1]}" >&2
fi

echo
echo "set                    figures"
printf '%s\n' "${rows[@]}"
