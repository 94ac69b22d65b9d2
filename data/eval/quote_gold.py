"""The builder shared by the quote gold sets (gum_quotes/, pud_quotes/, mtsc_quotes/): turns a
set's hand-written decisions.py into gold.jsonl.

No offset is typed by hand: every span is found in the text by string search and checked.
A string that is not found, or that is found more than once where one occurrence was meant,
stops the build with an error; a string that occurs several times is given as (string, n),
meaning its n-th occurrence (1-based) in the text, or in the frame for mentions and cues.
Prints every quote for review (unless --quiet) and the counts; exits 1 on any error,
writing nothing. Each set's build.py names its source files and calls `build`.
"""
import json
import os
import re
import sys
from collections import Counter

# "`" opens a quotation in some web text (`like this'), closed by a plain "'" (ewt_quotes)
OPEN_MARKS = "\"“‘'`"
CLOSE_MARKS = "\"”’'"
PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "who"}


class BuildError(Exception):
    pass


def occurrences(hay, s, base=0):
    """All (start, end) of s in hay, offset by base. Where s begins (ends) with a letter or
    digit, the match must not continue a word on that side ("said" never matches "unsaid")."""
    if not s:
        raise BuildError("empty search string")
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r"(?<!\w)" + pat
    if s[-1].isalnum():
        pat = pat + r"(?!\w)"
    return [(base + m.start(), base + m.end()) for m in re.finditer(pat, hay)]


def locate(text, spec, lo=0, hi=None, what="string"):
    """(start, end) of spec inside text[lo:hi]. spec is a string that must occur exactly once
    there, or (string, n) for its n-th occurrence (1-based)."""
    hi = len(text) if hi is None else hi
    if isinstance(spec, tuple):
        s, n = spec
    else:
        s, n = spec, None
    occ = occurrences(text[lo:hi], s, lo)
    where = f"in [{lo}:{hi}]" if (lo, hi) != (0, len(text)) else "in the text"
    if not occ:
        raise BuildError(f"{what} not found {where}: {s!r}")
    if n is None:
        if len(occ) > 1:
            raise BuildError(f"{what} ambiguous {where} ({len(occ)} occurrences, give (string, n)): {s!r}")
        return occ[0]
    if not 1 <= n <= len(occ):
        raise BuildError(f"{what} {s!r}: occurrence {n} asked, {len(occ)} {where}")
    if len(occ) == 1:
        raise BuildError(f"{what} {s!r} is unique {where}: drop the occurrence index")
    return occ[n - 1]


def paragraph_of(text, pos):
    """Bounds of the paragraph (blank-line separated) holding pos."""
    a = text.rfind("\n\n", 0, pos)
    a = 0 if a < 0 else a + 2
    b = text.find("\n\n", pos)
    b = len(text) if b < 0 else b
    return a, b


def build_quote(text, q, aliases, extra_speakers):
    kind = q["kind"]
    s, _ = locate(text, q["start"], what="start string")
    _, e = locate(text, q["end"], what="end string")
    if e <= s:
        raise BuildError(f"end string {q['end']!r} ends before start string {q['start']!r}")
    span = text[s:e]
    if span != span.strip():
        raise BuildError(f"span has leading/trailing whitespace: {span[:40]!r}...{span[-40:]!r}")
    marks = q.get("marks", "both")
    if kind == "direct":
        if marks in ("both", "unclosed") and span[0] not in OPEN_MARKS:
            raise BuildError(f"direct quote does not start with a quotation mark: {span[:40]!r}")
        if marks == "both" and span[-1] not in CLOSE_MARKS:
            raise BuildError(f"direct quote does not end with a quotation mark: {span[-40:]!r}")
        if marks == "unclosed":
            if span[-1] in CLOSE_MARKS:
                raise BuildError(f"quote declared unclosed ends with a mark: {span[-40:]!r}")
            if q.get("why") is None:
                raise BuildError("marks='unclosed' needs a 'why'")
        if marks == "none":
            if span[0] in OPEN_MARKS or span[-1] in CLOSE_MARKS:
                raise BuildError(f"quote declared without marks has marks: {span[:40]!r}")
            if q.get("why") is None:
                raise BuildError("marks='none' needs a 'why'")
        if marks == "unopened":
            # a quotation begun before the text starts (single sentences cut from an article):
            # the span runs from the first character to the closing mark
            if span[0] in OPEN_MARKS:
                raise BuildError(f"quote declared unopened starts with a mark: {span[:40]!r}")
            if span[-1] not in CLOSE_MARKS:
                raise BuildError(f"quote declared unopened does not end with a mark: {span[-40:]!r}")
            if s != 0:
                raise BuildError("an unopened quote starts at the start of the text")
            if q.get("why") is None:
                raise BuildError("marks='unopened' needs a 'why'")
        if marks not in ("both", "unclosed", "none", "unopened"):
            raise BuildError(f"bad marks value {marks!r}")
    elif kind == "indirect":
        if span.endswith("."):
            raise BuildError(f"indirect span ends with a period: {span[-40:]!r}")
        if span[0] in OPEN_MARKS and span[-1] in CLOSE_MARKS:
            raise BuildError(f"indirect span is wholly in quotation marks (direct?): {span[:40]!r}")
    elif kind == "turn":
        # a layout dash or bullet ("– ", "• ") is not part of a turn; a transcribed "--"
        # (speech broken off or resumed) is
        if re.match(r"[-–—•]\s", span):
            raise BuildError(f"turn starts with a layout dash or bullet: {span[:40]!r}")
        if "\n\n" in span and q.get("paragraphs", 1) < 2:
            raise BuildError(f"turn spans several paragraphs without paragraphs=N: {span[:40]!r}")
    else:
        raise BuildError(f"bad kind {kind!r}")
    if q.get("paragraphs"):
        n = span.count("\n\n") + 1
        if n != q["paragraphs"]:
            raise BuildError(f"span has {n} paragraphs, decisions say {q['paragraphs']}: {span[:40]!r}")
    elif kind != "turn" and "\n\n" in span:
        raise BuildError(f"quote spans a paragraph break without paragraphs=N: {span[:40]!r}")

    # the frame: where the mention and the cue are looked for
    if q.get("frame") is not None:
        flo, fhi = locate(text, q["frame"], what="frame string")
    else:
        flo, fhi = paragraph_of(text, s)
    spk = cue = None
    if q.get("mention") is not None:
        spk = locate(text, q["mention"], flo, fhi, what="mention")
        m = text[spk[0]:spk[1]]
        if m != m.strip():
            raise BuildError(f"mention has surrounding whitespace: {m!r}")
    if q.get("cue") is not None:
        cue = locate(text, q["cue"], flo, fhi, what="cue")
    for name, sp in (("mention", spk), ("cue", cue)):
        if sp and sp[0] < e and s < sp[1]:
            raise BuildError(f"{name} {text[sp[0]:sp[1]]!r} overlaps its own quote")

    speaker = q["speaker"]
    if speaker is not None:
        if speaker not in extra_speakers and not occurrences(text, speaker):
            raise BuildError(f"speaker {speaker!r} is not written in the text (list it in extra_speakers if meant)")
        if spk:
            last = re.findall(r"[\w.@-]+", text[spk[0]:spk[1]])[-1]
            if last[0].isupper() and last.lower() not in PRONOUNS:
                names = [speaker] + aliases.get(speaker, [])
                words = set(w for n in names for w in re.findall(r"[\w.@-]+", n))
                if last not in words:
                    raise BuildError(f"mention {text[spk[0]:spk[1]]!r} does not name speaker {speaker!r}"
                                     " (add an alias if right)")
    if kind != "direct" and q.get("marks", "both") != "both":
        raise BuildError("marks= is only for direct quotes")
    return {"start": s, "end": e, "direct": kind in ("direct", "turn"), "kind": kind, "speaker": speaker,
            "speaker_start": spk[0] if spk else None, "speaker_end": spk[1] if spk else None,
            "cue_start": cue[0] if cue else None, "cue_end": cue[1] if cue else None}


def check_nesting(doc_id, text, quotes):
    """Quotes may nest (reported speech inside an answer) but never cross."""
    for i, a in enumerate(quotes):
        for b in quotes[i + 1:]:
            if (a["start"], a["end"]) == (b["start"], b["end"]) and a["kind"] == b["kind"]:
                raise BuildError(f"{doc_id}: duplicate quote at {a['start']}")
            inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
            if inter <= 0:
                continue
            a_in_b = b["start"] <= a["start"] and a["end"] <= b["end"]
            b_in_a = a["start"] <= b["start"] and b["end"] <= a["end"]
            if not (a_in_b or b_in_a):
                raise BuildError(f"{doc_id}: quotes cross: {text[a['start']:a['start'] + 30]!r} / "
                                 f"{text[b['start']:b['start'] + 30]!r}")


def load_texts(decisions, sources):
    want = {doc_id: art["source"] for doc_id, art in decisions.ARTICLES.items()}
    texts = {}
    for src, path in sources.items():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if want.get(d["id"]) == src:
                    texts[d["id"]] = d["text"]
    missing = sorted(set(want) - set(texts))
    if missing:
        raise BuildError(f"documents not found in their source files: {missing}")
    return texts


def short(s, n=70):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n // 2 - 2] + " … " + s[-(n // 2 - 2):]


def build(here, sources):
    """Builds `here`/gold.jsonl from `here`/decisions.py; `sources` maps each record's
    `source` name to the JSONL file its text is read from."""
    sys.path.insert(0, here)
    import decisions  # noqa: E402  (the set's own decisions.py, beside its build.py)

    out_path = os.path.join(here, "gold.jsonl")
    quiet = "--quiet" in sys.argv[1:]
    texts = load_texts(decisions, sources)
    out, errors = [], []
    for doc_id, art in decisions.ARTICLES.items():
        text = texts[doc_id]
        qs = []
        for k, q in enumerate(art["quotes"]):
            try:
                qs.append(build_quote(text, q, art.get("aliases", {}), art.get("extra_speakers", [])))
            except BuildError as ex:
                errors.append(f"{doc_id} quote #{k + 1} ({q.get('start')!r}): {ex}")
        qs.sort(key=lambda r: (r["start"], -r["end"], r["kind"]))
        try:
            check_nesting(doc_id, text, qs)
        except BuildError as ex:
            errors.append(str(ex))
        if len(qs) != art["expected"]:
            errors.append(f"{doc_id}: {len(qs)} quotes built, decisions expect {art['expected']}")
        out.append({"id": doc_id, "source": art["source"], "speakers_resolved": True, "text": text,
                    "quotes": qs})
    if errors:
        print("\n".join("ERROR " + e for e in errors), file=sys.stderr)
        print(f"{len(errors)} error(s); gold.jsonl not written", file=sys.stderr)
        sys.exit(1)

    kinds, speakers = Counter(), Counter()
    rows = []
    for d in out:
        t = d["text"]
        c = Counter(q["kind"] for q in d["quotes"])
        kinds.update(c)
        rows.append((d["id"], len(d["quotes"]), c["direct"], c["indirect"], c["turn"]))
        if not quiet:
            print(f"\n=== {d['id']} ({d['source']}): {len(d['quotes'])} quotes")
        for q in d["quotes"]:
            speakers[q["speaker"]] += 1
            if quiet:
                continue
            men = t[q["speaker_start"]:q["speaker_end"]] if q["speaker_start"] is not None else None
            cue = t[q["cue_start"]:q["cue_end"]] if q["cue_start"] is not None else None
            print(f"[{q['start']}..{q['end']}) {q['kind']:8} {short(t[q['start']:q['end']])!r}\n"
                  f"      speaker={q['speaker']!r} mention={men!r} cue={cue!r}")
    with open(out_path, "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("\n| document | quotes | direct | indirect | turn |\n|---|---|---|---|---|")
    for r in rows:
        print("| %s | %d | %d | %d | %d |" % r)
    print("| **total** | **%d** | **%d** | **%d** | **%d** |" % (
        sum(r[1] for r in rows), kinds["direct"], kinds["indirect"], kinds["turn"]))
    print(f"\ndistinct speakers (null counted once): {len(speakers)}")
    for sp, n in speakers.most_common():
        print(f"  {sp!r}: {n}")
    print("wrote", out_path, len(out), "documents")
