#!/usr/bin/env python3
"""Pages per second of pagewash's text path against a trivial C4-style line filter, same run.

    python benchmarks/text_speed.py [--dataset aeb] [--repeat 3]

Both read the same dumps, already in memory (no disk I/O timed). The C4-style filter keeps
lines that end in terminal punctuation and have at least five words, and drops lines with
"javascript", "cookie" or "lorem ipsum" (C4's line rules). pagewash runs its whole
pipeline, language detection included, and renders text and metadata. Prints both rates
and their ratio (best round of each; rounds alternate between the two, so a change of
load hits both); the warm-up (langdetect's profile loading) is not timed. pagewash's
first round is also printed: its caches (folded lines, langdetect's word n-grams) are
cold there, as they are for new pages.

For scale, the rate of C4's full line rules is printed too (TFDS ``c4_utils.clean_page``
without its punkt sentence splitter: also citation markers, over-long words, "{" and
"lorem ipsum" dropping the page, the policy phrases, a three-sentence minimum). The issue's
"about 3,500 pages/s" lies between the two filters; the ratio is judged against the
trivial (faster) one. ``--cpu`` times CPU (``time.process_time``) instead of
wall-clock: on a loaded machine the ratio moves less.

The rounds above clean the same pages again, and from the second on every line's cached facts
(folds, words, langdetect's n-grams) are found in pagewash's caches: that rate is what a page
costs when its lines were seen before (site furniture), not what a new page costs.
``--new-pages`` measures the latter, as a corpus run meets its pages after it has seen the
rest of the corpus: the pages are split in two halves (sha1 of the id, as quality.py's); a
round is a fresh process per half that cleans the other dataset and the other half first
(untimed: code paths, langdetect's profiles, common words and the site's repeated lines
warm), then times the C4 filter and pagewash on the half's pages, each page seen for the
first time by pagewash (the C4 filter keeps no state; it runs before and after pagewash and
its faster run counts); the halves are added up.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners.io import read_bytes  # noqa: E402
from halves import half  # noqa: E402
from cleaners.pipeline import clean_bytes  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
BAD = ("javascript", "cookie", "lorem ipsum")
CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def c4_filter(data: bytes) -> str:
    keep = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        s = line.strip()
        if len(s.split()) >= 5 and s.endswith((".", "!", "?", '"', "”")) and not any(b in s.lower() for b in BAD):
            keep.append(s)
    return "\n".join(keep)


def c4_rules(data: bytes) -> str:
    """C4's line rules as in TFDS c4_utils.clean_page (sentences counted by a regex, not punkt)."""
    keep, sentences = [], 0
    for line in data.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if any(len(w) > 1000 for w in line.split()):
            continue
        line = CITATION.sub("", line)
        if not line.endswith((".", "?", "!", '"')) or len(line.split()) < 5:
            continue
        low = line.lower()
        if "lorem ipsum" in low or "{" in line:
            return ""
        if "javascript" in low or any(p in low for p in POLICY):
            continue
        sentences += len(SENTENCE_END.findall(line)) or 1
        keep.append(line)
    return "\n".join(keep) if sentences >= 3 else ""


CLOCK = time.perf_counter  # --cpu: time.process_time (less disturbed by other jobs on the machine)


def timed(fn, pages: list[tuple[str, bytes]]) -> float:
    t = CLOCK()
    for pid, data in pages:
        fn(pid, data)
    return CLOCK() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", choices=["aeb", "trafi"], default="aeb")
    ap.add_argument("--eval", type=Path, default=EVAL)
    ap.add_argument("--repeat", type=int, default=3, help="rounds (one run of each); the best of each is reported")
    ap.add_argument("--cpu", action="store_true", help="time CPU (process_time), not wall-clock")
    ap.add_argument("--new-pages", action="store_true", help="time pages pagewash has not cleaned before (see above)")
    ap.add_argument("--half", type=int, choices=[0, 1], help=argparse.SUPPRESS)  # a --new-pages round (child)
    a = ap.parse_args()
    if a.cpu:
        global CLOCK
        CLOCK = time.process_time
    pages = [(f.name.split(".")[0], read_bytes(f)) for f in sorted((a.eval / a.dataset / "dumps").glob("*.txt"))]
    if a.half is not None:
        return new_pages_round(a, pages)
    if a.new_pages:
        return new_pages(a, len(pages))
    clean_bytes(pages[0][1], "warm-up")
    c4_times, pw_times, rules_times = [], [], []
    for _ in range(a.repeat):  # interleaved rounds: a change of machine load hits both
        c4_times.append(timed(lambda pid, data: c4_filter(data), pages))
        pw_times.append(timed(lambda pid, data: clean_bytes(data, pid), pages))
        rules_times.append(timed(lambda pid, data: c4_rules(data), pages))
    n = len(pages)
    c4, pw = n / min(c4_times), n / min(pw_times)
    rounds = sorted(c / p for c, p in zip(c4_times, pw_times))
    print(f"{a.dataset}: {n} dumps, {a.repeat} rounds{', CPU time' if a.cpu else ''}")
    print(f"c4-style line filter : {c4:8.1f} pages/s")
    rules = n / min(rules_times)
    print(f"c4 full line rules   : {rules:8.1f} pages/s  (for scale; pagewash / these: {pw / rules:.3f})")
    print(f"pagewash text path   : {pw:8.1f} pages/s  (first round, caches cold: {n / pw_times[0]:.1f})")
    print(f"ratio pagewash / c4  : {pw / c4:8.3f}  (issue 5 asks for >= 0.100; per round "
          f"{rounds[0]:.3f}-{rounds[-1]:.3f})")
    return 0


def new_pages_round(a, pages: list[tuple[str, bytes]]) -> int:
    """One half of a --new-pages round (a fresh process): warm on the other dataset and half,
    then time each filter once on this half's pages."""
    other = "trafi" if a.dataset == "aeb" else "aeb"
    warm = [(f.name, read_bytes(f)) for f in sorted((a.eval / other / "dumps").glob("*.txt"))]
    for pid, data in warm + [(pid, data) for pid, data in pages if half(pid) != a.half]:
        c4_filter(data)
        clean_bytes(data, pid)
    pages = [(pid, data) for pid, data in pages if half(pid) == a.half]
    c4 = timed(lambda pid, data: c4_filter(data), pages)
    pw = timed(lambda pid, data: clean_bytes(data, pid), pages)
    c4 = min(c4, timed(lambda pid, data: c4_filter(data), pages))
    print(json.dumps({"c4": c4, "pagewash": pw}))
    return 0


def new_pages(a, n: int) -> int:
    rounds = []
    for _ in range(a.repeat):
        halves = []
        for half in (0, 1):
            cmd = [sys.executable, "-B", __file__, "--half", str(half), "--dataset", a.dataset, "--eval", str(a.eval)]
            out = subprocess.run(cmd + ["--cpu"] * a.cpu, check=True, capture_output=True, text=True).stdout
            halves.append(json.loads(out))
        rounds.append({k: halves[0][k] + halves[1][k] for k in ("c4", "pagewash")})
    c4, pw = n / min(r["c4"] for r in rounds), n / min(r["pagewash"] for r in rounds)
    ratios = sorted(r["c4"] / r["pagewash"] for r in rounds)
    print(f"{a.dataset}: {n} dumps, pages not seen before, {a.repeat} rounds (fresh processes)"
          f"{', CPU time' if a.cpu else ''}")
    print(f"c4-style line filter : {c4:8.1f} pages/s")
    print(f"pagewash text path   : {pw:8.1f} pages/s")
    print(f"ratio pagewash / c4  : {pw / c4:8.3f}  (issue 5 asks for >= 0.100; per round "
          f"{ratios[0]:.3f}-{ratios[-1]:.3f}, median {ratios[len(ratios) // 2]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
