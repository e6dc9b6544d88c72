"""language: ISO 639-1 code of the kept text by langdetect, seeded so it is deterministic;
``und`` when there is too little text. Removes nothing."""
from __future__ import annotations

import gc

from .. import settings
from ..model import Document

NAME = "language"
REASON = None

_detector = None


def detector():
    """langdetect's seeded factory (profiles loaded once), run by cleaners.langdetect_fast."""
    global _detector
    if _detector is None:
        from langdetect import DetectorFactory
        from langdetect import detector_factory

        from ..langdetect_fast import FastDetector

        DetectorFactory.seed = settings.LANG_SEED
        detector_factory.init_factory()
        # The profiles live as long as the process: ~88,000 lists of 55 floats, which every full
        # garbage collection walked (60-80 ms each, about one every 500 new pages). Frozen, a full
        # collection walks only what was made after them (a few ms); collected first, so no
        # garbage alive now stays (corpus_flow freezes again before every batch).
        gc.collect()
        gc.freeze()
        _detector = FastDetector(detector_factory._factory, settings.LANG_TRIALS)
    return _detector


def sample(doc: Document) -> str:
    parts, size = [], 0
    body = [b for b in doc.blocks if b.kept and b.kind in ("paragraph", "item")] or doc.kept()
    # the longest blocks carry the language (a stable sort: of equal lengths, the first first)
    for text in sorted([b.text for b in body], key=len, reverse=True):
        parts.append(text)
        size += len(text)
        if size >= settings.LANG_SAMPLE_CHARS:
            break
    return " ".join(parts)[: settings.LANG_SAMPLE_CHARS]


def too_few_letters(text: str) -> bool:
    """Fewer than LANG_MIN_LETTERS letters (str.isalpha); enough in the head are enough."""
    head = 2 * settings.LANG_MIN_LETTERS
    return sum(map(str.isalpha, text[:head])) < settings.LANG_MIN_LETTERS \
        and sum(map(str.isalpha, text)) < settings.LANG_MIN_LETTERS


def detect(text: str) -> str:
    if too_few_letters(text):
        return "und"
    from langdetect.lang_detect_exception import LangDetectException

    try:
        code = detector().detect(text)
    except LangDetectException:
        return "und"
    return code.split("-")[0]  # zh-cn / zh-tw -> zh (ISO 639-1)


def apply(doc: Document) -> None:
    doc.language = detect(sample(doc))
