#!/usr/bin/env python3
"""Builds the derived word resources of assets/dictionaries from two npm packages.

    npm pack idn-area-data@4.0.1 @zxcvbn-ts/language-id@4.1.1   # then unpack both
    python3 build-word-resources.py IDN_AREA_PACKAGE_DIR ZXCVBN_ID_PACKAGE_DIR OUT_DIR

Outputs gazetteer-id.txt (words of Indonesian administrative names), given-names-id.txt and
word-frequency-id.txt. See ../README.md for what each is and its licence.
"""
import csv, json, os, re, sys

area, zx, out = sys.argv[1], sys.argv[2], sys.argv[3]
NAME = re.compile(r"^[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*$")
PREFIXES = ("Kabupaten ", "Kota ", "Kab. ", "Adm. ")
words = set()
for f in ("provinces.csv", "regencies.csv", "districts.csv", "villages.csv"):
    with open(os.path.join(area, "data", f), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"]
            for p in PREFIXES:
                if name.startswith(p):
                    name = name[len(p):]
            for tok in re.split(r"[\s/(),.]+", name):
                tok = tok.strip()
                if len(tok) >= 3 and NAME.match(tok) and not tok.isupper():
                    words.add(tok)
with open(os.path.join(out, "gazetteer-id.txt"), "w", encoding="utf-8") as w:
    w.write("# Words of the names of Indonesia's provinces, regencies, cities, districts and villages.\n")
    w.write("# Derived from idn-area-data 4.0.1 (data: ODbL 1.0). Built by sources/build-word-resources.py.\n")
    for t in sorted(words):
        w.write(t + "\n")

names = json.load(open(os.path.join(zx, "src", "names.json"), encoding="utf-8"))
with open(os.path.join(out, "given-names-id.txt"), "w", encoding="utf-8") as w:
    w.write("# Common Indonesian given names, capitalised (accepted only capitalised).\n")
    w.write("# From @zxcvbn-ts/language-id 4.1.1 names.json (Wiktionary appendix of Indonesian given names).\n")
    for n in sorted(set(names)):
        if re.fullmatch(r"[a-z]{3,}", n):
            w.write(n[0].upper() + n[1:] + "\n")

freq = json.load(open(os.path.join(zx, "src", "wikipedia.json"), encoding="utf-8"))
with open(os.path.join(out, "word-frequency-id.txt"), "w", encoding="utf-8") as w:
    w.write("# Indonesian words, most frequent first, from Indonesian Wikipedia.\n")
    w.write("# From @zxcvbn-ts/language-id 4.1.1 wikipedia.json. Used only to rank suggestions.\n")
    seen = set()
    for t in freq:
        if re.fullmatch(r"[a-z]{2,}(?:-[a-z]+)*", t) and t not in seen:
            seen.add(t)
            w.write(t + "\n")
print(len(words), "gazetteer words;", len(names), "names;", len(seen), "frequency words")
