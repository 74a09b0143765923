#!/usr/bin/env python3
"""Classify every kata baku pair against a KBBI lookup file and print the counts.

Usage (from anywhere):
    python3 check-kata-baku-kbbi.py LOOKUP.tsv [--standard STANDARD_LOOKUP.tsv] [--details OUT.tsv]

LOOKUP.tsv is a scratch file kept OUTSIDE the repository (KBBI text is Badan Bahasa's; only our
verdicts are kept here). One line per word that was looked up: word<TAB>what KBBI says, where
"what KBBI says" is
  -                     no KBBI entry for the word in the source that was read
  -> target[; ...]      (written with the arrow sign U+2192) an entry whose sense is a cross-reference:
                        KBBI marks the word as a non-standard form of target ("bentuk tidak baku")
  DEF(labels): gloss    an entry with a sense of its own; labels as KBBI gives them ("cak" = cakapan,
                        colloquial; "no label" = none); a DEF after "homonym" or with a regional
                        language label only is another word and does not count
Several readings are joined with ";" in the order KBBI gives them.

Each pair of kata-baku.tsv and kata-baku-imported.tsv gets one class:
  confirmed         KBBI marks the form non-standard and points to our standard form
  confirmed-cak     KBBI labels the form colloquial (cak) and defines it by our standard form
  other-target      KBBI marks the form non-standard but points to another standard form: fix
  accepted          KBBI gives the form a sense of its own without a non-standard mark: both
                    forms are accepted, the pair must go (or be justified by hand)
  derived           an affixed or reduplicated form whose base pair is in the tables; it stands or
                    falls with that pair (KBBI has no entries for most derived forms)
  morphology        a meN-/peN- form that keeps k, p, t or s; PUEBI's and KBBI's rule for these
                    prefixes decides it, not a headword
  not-found         the form was looked up and the source has no entry for it: not verifiable here
  not-looked-up     the form was not looked up

With --standard (lookups of standard forms, same format), the standard side of each pair gets one of:
  std-target        the standard form is the one KBBI's cross-reference from the non-standard form names
  std-headword      KBBI has the standard form as an entry with a sense of its own
  std-nonstandard   KBBI marks the standard form itself as non-standard: the pair is wrong
  std-multiword     the standard form is written as two words (a KBBI compound, not a file of its own)
  std-not-found     looked up, no entry in the source
  std-not-looked-up
"""
import re
import sys
from pathlib import Path

ARROW = "\u2192"
PREFIXES = ("memper", "mem", "men", "meng", "meny", "me", "diper", "di", "ber", "ter", "per", "peng",
            "pem", "pen", "peny", "pe", "ke", "se")
SUFFIXES = ("kan", "an", "i", "nya")


def read_pairs(path):
    pairs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        pairs.append((cols[0], cols[1], Path(path).name))
    return pairs


def read_lookup(path):
    result = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, said = line.partition("\t")
        result[word.lower()] = said.strip()
    return result


def strip_number(word):
    return re.sub(r"[0-9]+$", "", word.strip()).lower()


def readings(said):
    """(kind, text) per reading of a lookup line: kind is 'ref', 'def', 'cak' or 'none'."""
    if said == "-":
        return [("none", "")]
    out = []
    for part in (p.strip() for p in said.split(";")):
        if part.startswith(ARROW):
            out.append(("ref", strip_number(part[1:])))
        elif part.startswith("DEF("):
            labels = part[4:part.index(")")]
            gloss = part.split(":", 1)[1].strip() if ":" in part else ""
            out.append(("cak" if re.search(r"\bcak\b", labels) else "def", gloss))
        # anything else ("homonym ...") is another word and does not count
    return out


def base_of(form, nonstandard):
    """The non-standard base this form is derived from, or None."""
    if "-" in form:
        head = form.split("-")[0]
        if head in nonstandard and head != form:
            return head
    for p in PREFIXES + ("",):
        if not form.startswith(p):
            continue
        rest = form[len(p):]
        for s in SUFFIXES + ("",):
            if s and not rest.endswith(s):
                continue
            core = rest[: len(rest) - len(s)] if s else rest
            if core != form and len(core) >= 3 and core in nonstandard:
                return core
            # meN- and peN- melt k, p, t, s: menyuci <- suci is not ours, but mengkoordinir <- koordinir is
    return None


def classify(pairs, lookup):
    nonstandard = {ns.lower() for ns, _, _ in pairs}
    rows = []
    for ns, std, table in pairs:
        key = ns.lower()
        said = lookup.get(key)
        if said is not None and said != "-":
            kinds = readings(said)
            refs = [t for k, t in kinds if k == "ref"]
            defs = [t for k, t in kinds if k == "def"]
            caks = [t for k, t in kinds if k == "cak"]
            std_words = {std.lower(), std.lower().replace(" ", "")}
            if defs:
                cls = "accepted"
            elif refs and all(r in std_words for r in refs):
                cls = "confirmed"
            elif refs:
                cls = "other-target"
            elif caks and all(std_words & {strip_number(g) for g in re.split(r"[,;]", c)} for c in caks):
                cls = "confirmed-cak"
            elif not kinds:
                cls = "not-found"  # KBBI has the spelling only as another (regional) word
            else:
                cls = "accepted"
        elif re.match(r"^(mengk[^h]|memp[^r]|mens|ment[aeiou]|peng[k]|pem[p]|pen[st][aeiou])", key):
            cls = "morphology"
        elif base_of(key, nonstandard):
            cls = "derived"
        elif said == "-":
            cls = "not-found"
        else:
            cls = "not-looked-up"
        rows.append((ns, std, table, cls, said or ""))
    return rows


def classify_standard(rows, std_lookup):
    out = []
    for ns, std, table, cls, said in rows:
        key = std.lower()
        refs = [t for k, t in readings(said) if k == "ref"] if said and said != "-" else []
        if cls in ("confirmed", "other-target") and key in refs:
            scls = "std-target"
        elif key in std_lookup and std_lookup[key] != "-":
            kinds = readings(std_lookup[key])
            scls = "std-nonstandard" if any(k == "ref" for k, _ in kinds) and not any(
                k in ("def", "cak") for k, _ in kinds) else "std-headword"
        elif " " in key:
            scls = "std-multiword"
        elif key in std_lookup:
            scls = "std-not-found"
        else:
            scls = "std-not-looked-up"
        out.append((ns, std, table, cls, scls, said))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    here = Path(__file__).resolve().parent.parent
    pairs = read_pairs(here / "kata-baku.tsv") + read_pairs(here / "kata-baku-imported.tsv")
    lookup = read_lookup(argv[1])
    rows = classify(pairs, lookup)
    std_lookup = read_lookup(argv[argv.index("--standard") + 1]) if "--standard" in argv else {}
    std_rows = classify_standard(rows, std_lookup)
    counts = {}
    for row in rows:
        counts.setdefault((row[2], row[3]), 0)
        counts[(row[2], row[3])] += 1
    print(f"pairs: {len(rows)}; words in the lookup file: {len(lookup)}")
    for table in ("kata-baku.tsv", "kata-baku-imported.tsv"):
        total = sum(v for (t, _), v in counts.items() if t == table)
        print(f"{table}: {total}")
        for cls in ("confirmed", "confirmed-cak", "other-target", "accepted", "derived", "morphology",
                    "not-found", "not-looked-up"):
            print(f"  {cls:14} {counts.get((table, cls), 0)}")
    if std_lookup:
        print(f"standard side (standard forms looked up: {len(std_lookup)}):")
        for scls in ("std-target", "std-headword", "std-nonstandard", "std-multiword", "std-not-found",
                     "std-not-looked-up"):
            print(f"  {scls:18} {sum(1 for r in std_rows if r[4] == scls)}")
    if "--details" in argv:
        out = Path(argv[argv.index("--details") + 1])
        out.write_text("".join("\t".join(r) + "\n" for r in std_rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
