#!/usr/bin/env python3
"""Regenerate the actor gazetteers in src/main/resources/dev/corpus/actors/ from the MIT-licensed
CAMEO/Phoenix dictionaries (PETRARCH-2) in ../shared/data/cameo-dictionaries.

usage: scripts/build-gazetteers.py [DICTIONARY_DIR]

Writes gazetteer.tsv (form, type, country, canonical name), given-names.txt (first words of the
people the dictionaries list) and surnames.txt (last words of their names), and copies the dictionaries' LICENSE next to them. Deterministic.
"""
import os
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "dev", "corpus", "actors")
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data", "cameo-dictionaries")

SMALL = {"of", "the", "and", "de", "del", "da", "do", "du", "la", "le", "al", "for", "on", "in", "van", "von", "bin"}
# Display names where the dictionary's heading is not the usual short form.
CANONICAL = {"USA": "United States", "GBR": "United Kingdom", "PRK": "North Korea", "KOR": "South Korea",
             "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam", "LAO": "Laos",
             "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "CZE": "Czech Republic",
             "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo"}
# Abbreviations and forms the dictionaries lack or spell otherwise (hand-written).
EXTRA_COUNTRY = {"USA": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
                 "GBR": ["UK", "U.K.", "Britain", "Great Britain"], "PRK": ["DPRK", "D.P.R.K."],
                 "KOR": ["ROK", "Republic of Korea"], "CHN": ["PRC", "P.R.C."], "ARE": ["UAE", "U.A.E."],
                 "RUS": ["Russian Federation"]}
EXTRA_DEMONYM = {"USA": ["American", "Americans"], "GBR": ["British", "Briton", "Britons", "Scottish", "Welsh"],
                 "NLD": ["Dutch"], "CHE": ["Swiss"], "FRA": ["French"], "GRC": ["Greek", "Greeks"],
                 "THA": ["Thai"], "PRK": ["North Korean", "North Koreans"], "KOR": ["South Korean", "South Koreans"],
                 "ESP": ["Spanish", "Spaniard", "Spaniards"], "IRL": ["Irish"], "DNK": ["Danish", "Dane", "Danes"],
                 "SWE": ["Swedish", "Swede", "Swedes"], "FIN": ["Finnish", "Finn", "Finns"], "POL": ["Polish", "Pole", "Poles"],
                 "TUR": ["Turkish", "Turk", "Turks"], "CHN": ["Chinese"], "JPN": ["Japanese"], "PAK": ["Pakistani", "Pakistanis"],
                 "ISR": ["Israeli", "Israelis"], "IRQ": ["Iraqi", "Iraqis"], "SAU": ["Saudi", "Saudis"], "NZL": ["New Zealander"],
                 "PHL": ["Filipino", "Filipinos", "Philippine"], "CZE": ["Czech", "Czechs"], "SVK": ["Slovak", "Slovaks"],
                 "HRV": ["Croat", "Croats", "Croatian"], "SRB": ["Serb", "Serbs", "Serbian"], "BGD": ["Bangladeshi"],
                 "UZB": ["Uzbek", "Uzbeks"], "KAZ": ["Kazakh", "Kazakhs"], "AFG": ["Afghan", "Afghans"],
                 "ARE": ["Emirati"], "YEM": ["Yemeni"], "KWT": ["Kuwaiti"], "QAT": ["Qatari"], "OMN": ["Omani"],
                 "BHR": ["Bahraini"], "ISL": ["Icelandic"], "LVA": ["Latvian"], "PRT": ["Portuguese"]}
GENERIC = {"REPUBLIC", "DEMOCRATIC", "PEOPLES", "PEOPLE'S", "KINGDOM", "STATE", "STATES", "UNITED", "ISLANDS",
           "FEDERAL", "ISLAMIC", "ARAB", "SOCIALIST", "THE", "OF", "AND", "NORTH", "SOUTH", "EAST", "WEST", "NEW"}
DEMONYM_END = re.compile(r"(AN|ANS|IAN|IANS|ESE|ISH|I|IS|ER|ERS|IC|OT|OTS|ITE|ITES)$")


def words(entry):
    e = entry.strip().rstrip("_").replace("_", " ")
    e = re.sub(r"\s*\(.*?\)\s*", " ", e)
    return " ".join(e.split())


def display(form):
    out = []
    for i, w in enumerate(form.split(" ")):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif re.fullmatch(r"([A-Z]\.)+", w) or (len(w) <= 4 and not re.search(r"[AEIOUY]", w)):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in lw.split("-")))
    return " ".join(out)


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def strip_comment(line):
    return line.split("#", 1)[0].rstrip()


def parse(path):
    """Entries as (heading, [synonyms], [codes])."""
    entries = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = strip_comment(raw)
            if not line.strip():
                continue
            codes = re.findall(r"\[([^\]\s]*)[^\]]*\]", line)
            text = re.sub(r"\[[^\]]*\]", "", line)
            if raw[:1] in "\t ":
                if cur is not None:
                    cur[2].extend(codes)
            elif line.startswith("+"):
                if cur is not None:
                    cur[1].append(words(text[1:]))
                    cur[2].extend(codes)
            else:
                cur = (words(text), [], list(codes))
                entries.append(cur)
    return [e for e in entries if e[0]]


COUNTRY_CODES = set()


def country_code(codes):
    """The current code of a country heading: its last three-letter code, when every other code is a dated
    form of it (USRUZB, the Soviet Union's part; SCGMNE), an occupation (KWTOCC) or an unrecognized state
    (UZBUNR); None for people and bodies (UZBGOV, UZBELI)."""
    three = [c for c in codes if re.fullmatch(r"[A-Z]{3}", c)]
    if not three:
        return None
    for c in codes:
        dated = len(c) == 6 and (c[:3] in three or c[3:] in three or c.endswith(("OCC", "UNR")))
        if len(c) != 3 and not dated:
            return None
    return three[-1]


def state_code(codes):
    """A country heading whose history runs through longer forms (ETHERI, ETHERIAUT, then ERI: Eritrea): its
    last code, when the heading has few codes (leaders and bodies carry long histories)."""
    if not codes or not re.fullmatch(r"[A-Z]{3}", codes[-1]):
        return None
    if len(codes) <= 2 and not re.fullmatch(r"[A-Z]{3}", codes[0]):
        return None
    return codes[-1] if len(codes) <= 5 else None


def heading_code(codes):
    return country_code(codes) or state_code(codes)


def code3(codes):
    for c in codes:
        if c[:3] in COUNTRY_CODES:
            return c[:3]
    return None


def main():
    rows = {}
    given = Counter()
    org_words = {w.upper() for w in open(os.path.join(OUT, "org-words.txt"), encoding="utf-8").read().split()
                 if not w.startswith("#")}

    def add(form, typ, country, canonical):
        key = form.lower()
        if form and key not in rows:
            rows[key] = (form, typ, country or "-", canonical)

    countries = parse(os.path.join(SRC, "Phoenix.Countries.actors.txt"))
    for head, syns, codes in countries:
        if heading_code(codes):
            COUNTRY_CODES.add(heading_code(codes))
    for head, syns, codes in countries:
        if heading_code(codes) and not head[:1].isdigit():
            c = heading_code(codes)
            name = CANONICAL.get(c, display(head))
            add(name, "country", c, name)
            add(display(head), "country", c, name)
            core = [w for w in head.split() if w not in GENERIC and len(w) >= 4]
            for f in EXTRA_COUNTRY.get(c, []):
                add(f, "country", c, name)
            for f in EXTRA_DEMONYM.get(c, []):
                add(f, "demonym", c, name)
            for s in syns:
                if not s or len(s) < 2:
                    continue
                sw = s.split()
                last = sw[-1]
                if any(lev(last, w) <= 2 or last[:4] == w[:4] for w in core) and DEMONYM_END.search(last) \
                        and last not in head.split():
                    add(display(s), "demonym", c, name)
                elif any(w in core for w in sw) or lev(s, head) <= 3 or re.fullmatch(r"([A-Z]\.){2,}", s):
                    add(display(s), "country", c, name)
                elif len(sw) <= 3 and not re.search(r"[^A-Z .'-]", s):
                    if DEMONYM_END.search(last) and s.endswith(("AN", "ANS", "ESE", "ISH")) and len(sw) == 1 \
                            and lev(s[:4], head[:4]) <= 1:
                        add(display(s), "demonym", c, name)
                    else:
                        add(display(s), "place", c, display(s))
        elif codes and len(head.split()) in (2, 3, 4):
            c = code3(codes)
            bad = org_words | GENERIC | {"COALITION", "MUJAHIDEEN", "US", "UN", "ATTORNEY", "TRADE"}
            if c and not any(w in bad for w in head.split()):
                add(display(head), "person", c, display(head))
                given[head.split()[0]] += 1
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for head, syns, codes in parse(os.path.join(SRC, fname)):
            ws = head.split()
            is_org = any(w in org_words for w in ws) or (len(ws) == 1 and len(head) <= 7) or len(ws) >= 4 \
                or re.fullmatch(r"([A-Z]\.)+", head)
            c = code3(codes)
            if is_org:
                name = head if len(ws) == 1 else display(head)
                if name.lower().startswith("the "):
                    name = name[4:]
                add(name, "organization", c, name)
                for s in syns:
                    s2 = display(s)
                    add(s2[4:] if s2.lower().startswith("the ") else s2, "organization", c, name)
            elif 2 <= len(ws) <= 3 and not any(len(w) == 1 for w in ws):
                add(display(head), "person", c, display(head))
                given[ws[0]] += 1
    with open(os.path.join(OUT, "gazetteer.tsv"), "w", encoding="utf-8") as f:
        f.write("# form\ttype\tcountry\tcanonical -- generated by scripts/build-gazetteers.py; see README.md here\n")
        for key in sorted(rows):
            f.write("\t".join(rows[key]) + "\n")
    with open(os.path.join(OUT, "given-names.txt"), "w", encoding="utf-8") as f:
        f.write("# First words of people listed in the CAMEO/Phoenix dictionaries (at least 2 people each);\n")
        f.write("# generated by scripts/build-gazetteers.py\n")
        for w in sorted(w for w, n in given.items() if n >= 2 and len(w) >= 2 and "." not in w):
            f.write(display(w) + "\n")
    surnames = {row[3].split()[-1] for row in rows.values() if row[1] == "person" and " " in row[3]}
    with open(os.path.join(OUT, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# Last words of the people in gazetteer.tsv (the loader drops given names and known forms);\n")
        f.write("# generated by scripts/build-gazetteers.py\n")
        for w in sorted(surnames):
            f.write(w + "\n")
    shutil.copyfile(os.path.join(SRC, "LICENSE.petrarch2.txt"), os.path.join(OUT, "LICENSE.petrarch2.txt"))


if __name__ == "__main__":
    main()
