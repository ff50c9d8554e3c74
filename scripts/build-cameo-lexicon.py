#!/usr/bin/env python3
"""Derive the compact CAMEO verb lexicon src/main/resources/dev/corpus/events/cameo-verbs.txt from the
MIT-licensed CAMEO.2.0.txt verb dictionary (PETRARCH-2) in ../shared/data/cameo-dictionaries, and the
code table cameo-codes.txt (code, PLOVER category, label) from ../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt.

usage: scripts/build-cameo-lexicon.py [DATA_DIR]

cameo-verbs.txt lines:
  B <TAB> code <TAB> form|form|...   a verb block: its inflected forms (multi-word forms joined by spaces)
                                      and the code they carry alone ("---": none without a pattern)
  P <TAB> code <TAB> words             a pattern of the block above: the verb, then these words in order
Only patterns of plain words are kept (no synsets, no actor slots). Deterministic; copies the licence.
"""
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "dev", "corpus", "events")
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data")
DICT = os.path.join(DATA, "cameo-dictionaries")

NOTICE = """# Derived by scripts/build-cameo-lexicon.py from CAMEO.2.0.txt (PETRARCH-2 verb dictionary).
# The MIT License (MIT) Copyright (c) 2015 Open Event Data Alliance; full text in LICENSE.petrarch2.txt.
"""


AUX = {"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does", "did"}


def inflect(word):
    """Regular forms of a verb, as PETRARCH generates them."""
    w = word
    if w.endswith("E"):
        return [w, w + "S", w + "D", w[:-1] + "ING"]
    if re.search(r"(S|SH|CH|X|Z)$", w):
        return [w, w + "ES", w + "ED", w + "ING"]
    if re.search(r"[^AEIOU]Y$", w):
        return [w, w[:-1] + "IES", w[:-1] + "IED", w + "ING"]
    return [w, w + "S", w + "ED", w + "ING"]


def forms_of(line):
    m = re.match(r"^\+?([A-Z_'-]+)\s*(\{([^}]*)\})?\s*(\[[^\]]*\])?", line)
    if not m:
        return None, None
    head = m.group(1).strip("_")
    own = None
    if m.group(4):
        own = m.group(4)[1:-1].split(":")[0].strip() or None
    words = head.split("_")
    if m.group(3):
        forms = [head] + [f.lstrip("+").strip("_") for f in m.group(3).split()]
    else:
        forms = [f + ("_" + "_".join(words[1:]) if len(words) > 1 else "") for f in inflect(words[0])]
    forms = [f.replace("_", " ").lower() for f in forms if f]
    # auxiliaries ("is", "was" under WILL/BE) would make every sentence an event
    return sorted(set(f for f in forms if re.fullmatch(r"[a-z][a-z' -]*", f) and f not in AUX)), own


# Actor slots in a pattern ("+" target, "$" source, "%" compound): the actors are found by the extractor.
SLOTS = {"+", "$", "%", "^"}
# A pattern with synonym sets expands to at most this many word sequences.
MAX_EXPANSIONS = 64


def read_synsets(src):
    """The &NAME synonym sets at the top of CAMEO.2.0.txt: name -> word sequences (lower case)."""
    sets = {}
    name = None
    with open(src, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if line.startswith("&"):
                name = line.rstrip("_")
                sets[name] = []
            elif line.startswith("+") and name:
                ws = line[1:].strip().strip("_").replace("_", " ").lower().split()
                if ws:
                    sets[name].append(ws)
                    if len(ws) == 1 and not ws[0].endswith("s"):
                        sets[name].append([ws[0] + "s"])  # PETRARCH matches synset nouns in the plural too
            elif line.startswith("---") or line.startswith("####### VERB"):
                name = None
    return sets


def expand(post, synsets):
    """The plain-word sequences a pattern's words after the verb stand for: braces and parentheses
    (phrase groupings) are dropped, actor slots skipped, &SETS expanded; none if a word is not plain."""
    seqs = [[]]
    for w in post.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split():
        if w in SLOTS:
            continue
        if w.startswith("&"):
            alts = synsets.get(w.rstrip("_"))
            if not alts:
                return []
        elif re.fullmatch(r"[A-Z][A-Z'-]*_?", w):
            alts = [[w.rstrip("_").lower()]]
        else:
            return []
        seqs = [s + a for s in seqs for a in alts]
        if len(seqs) > MAX_EXPANSIONS:
            return []
    return [s for s in seqs if s]


def main():
    src = os.path.join(DICT, "CAMEO.2.0.txt")
    out = [NOTICE]
    code = None
    verbs = []
    patterns = []

    def flush():
        if verbs:
            for c, fs in verbs:
                out.append("B\t%s\t%s\n" % (c, "|".join(fs)))
            for c, ws in patterns:
                out.append("P\t%s\t%s\n" % (c, " ".join(ws)))
        verbs.clear()
        patterns.clear()

    synsets = read_synsets(src)
    with open(src, encoding="utf-8", errors="replace") as f:
        for raw in f:
            if raw.startswith("&"):
                code = None  # a synonym set, read by read_synsets
                continue
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                flush()
                code = m.group(2).split(":")[0].strip() or "---"
                continue
            if code is None:
                continue
            if line.startswith("-"):
                pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
                if not pm:
                    continue
                pc = pm.group(2).split(":")[0].strip()
                body = pm.group(1)
                if not pc or pc.startswith("-") or "*" not in body:
                    continue
                pre, post = body.split("*", 1)
                if any(w not in SLOTS for w in pre.split()):
                    continue  # words before the verb (subject nouns) are not read
                for ws in expand(post, synsets):
                    patterns.append((pc, ws))
                continue
            fs, own = forms_of(line.strip())
            if fs:
                verbs.append((own or code, fs))
    flush()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "cameo-verbs.txt"), "w", encoding="utf-8") as f:
        f.writelines(out)
    # code table: code <TAB> PLOVER category <TAB> label
    rows = [NOTICE.replace("CAMEO.2.0.txt (PETRARCH-2 verb dictionary)",
                           "plover-gsr/CAMEO2PLOVER-2021.txt (PLOVER manual)")
            .replace("# The MIT License (MIT) Copyright (c) 2015 Open Event Data Alliance; full text in "
                     "LICENSE.petrarch2.txt.\n", "# Code names are CAMEO's; categories are PLOVER 2021's.\n")]
    with open(os.path.join(DATA, "plover-gsr", "CAMEO2PLOVER-2021.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\d{2,4}):\s*([A-Z_-]*)[^#]*(?:#\s*(.*))?$", line.strip())
            if m:
                rows.append("%s\t%s\t%s\n" % (m.group(1), m.group(2) or "-", (m.group(3) or "").strip()))
    with open(os.path.join(OUT, "cameo-codes.txt"), "w", encoding="utf-8") as f:
        f.writelines(rows)
    shutil.copyfile(os.path.join(DICT, "LICENSE.petrarch2.txt"), os.path.join(OUT, "LICENSE.petrarch2.txt"))


if __name__ == "__main__":
    main()
