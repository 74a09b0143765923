#!/usr/bin/env python3
"""Builds english-words.txt of assets/dictionaries from the npm package @zxcvbn-ts/language-en.

    npm pack @zxcvbn-ts/language-en@4.1.1   # then unpack it
    python3 build-english-words.py ZXCVBN_EN_PACKAGE_DIR OUT_DIR

The list holds common English words (all of wikipedia.json, the first 30,000 of commonWords.json),
lower case, three letters or more. The checker uses it only to tell an English phrase inside Indonesian text from a misspelling. See ../README.md.
"""
import json, os, re, sys

zx, out = sys.argv[1], sys.argv[2]
WORD = re.compile(r"[a-z]{3,}")
words = []
seen = set()
wiki = json.load(open(os.path.join(zx, "src", "wikipedia.json"), encoding="utf-8"))
common = json.load(open(os.path.join(zx, "src", "commonWords.json"), encoding="utf-8"))[:30000]
for w in wiki + common:
    if WORD.fullmatch(w) and w not in seen:
        seen.add(w)
        words.append(w)
with open(os.path.join(out, "english-words.txt"), "w", encoding="utf-8") as fh:
    fh.write("# Common English words (lower case), used only to recognise English phrases in Indonesian text.\n")
    fh.write("# From @zxcvbn-ts/language-en 4.1.1: wikipedia.json (MIT) and the first 30,000 words of\n")
    fh.write("# commonWords.json (OpenSubtitles 2024 via OPUS, ODC-BY; see zxcvbn-ts-language-en-NOTICE.md).\n")
    fh.write("# Built by sources/build-english-words.py.\n")
    for w in words:
        fh.write(w + "\n")
print(len(words), "English words")
