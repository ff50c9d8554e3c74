#!/usr/bin/env python3
"""Writes COUNT varied copies of the pages in SOURCE into OUT (for scripts/bench.sh).

Each copy is one source page with deterministic perturbations, seeded by its number: the order of the
body's paragraphs shuffled (the first lines, headline and dateline, stay), every number changed to
another of the same length, and some capitalized words swapped with other capitalized words of the
page. The copies are as varied as a real corpus (no two share their paragraphs) while staying real
text. HTML pages are perturbed in their text only, between the tags. Files go into subfolders of 1,000.

Usage: bench-corpus.py SOURCE OUT COUNT
"""
import gzip
import os
import random
import re
import sys

NUMBER = re.compile(r"\d+")
CAPITALIZED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
TEXT_BETWEEN_TAGS = re.compile(r">([^<]+)<")


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def numbers(text, rng):
    return NUMBER.sub(lambda m: "".join(rng.choice("123456789" if i == 0 else "0123456789")
                                        for i in range(len(m.group()))), text)


def names(text, rng, pool):
    if not pool:
        return text
    return CAPITALIZED.sub(lambda m: rng.choice(pool) if rng.random() < 0.3 else m.group(), text)


def perturb_text(text, rng):
    paragraphs = re.split(r"\n\s*\n", text)
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    pool = sorted(set(CAPITALIZED.findall(text)))
    return names(numbers("\n\n".join(head + body), rng), rng, pool)


def perturb_html(html, rng):
    pool = sorted(set(CAPITALIZED.findall(html)))
    return TEXT_BETWEEN_TAGS.sub(lambda m: ">" + names(numbers(m.group(1), rng), rng, pool) + "<", html)


def main():
    source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files = sorted(f for f in os.listdir(source) if not f.startswith("."))
    if not files:
        sys.exit("bench-corpus: no files in " + source)
    pages = [(f, read(os.path.join(source, f))) for f in files]
    for i in range(count):
        name, text = pages[i % len(pages)]
        rng = random.Random(i)
        html = name.endswith((".html", ".htm", ".html.gz"))
        varied = perturb_html(text, rng) if html else perturb_text(text, rng)
        folder = os.path.join(out, "%03d" % (i // 1000))
        os.makedirs(folder, exist_ok=True)
        base = name[:-3] if name.endswith(".gz") else name
        with open(os.path.join(folder, "%06d-%s" % (i, base)), "w", encoding="utf-8") as f:
            f.write(varied)


if __name__ == "__main__":
    main()
