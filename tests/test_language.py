"""cleaners.langdetect_fast gives langdetect's own results, probabilities bit for bit."""
from __future__ import annotations

import random

import pytest

from conftest import SEED_FILES, SHARED
from cleaners import settings
from cleaners.io import read_bytes
from cleaners.pipeline import parse, run_steps
from cleaners.steps import PIPELINE
from cleaners.steps import language as language_step
from langdetect.lang_detect_exception import LangDetectException

EVAL_DUMPS = sorted((SHARED / "eval" / "aeb" / "dumps").glob("*.txt"))[:25] \
    + sorted((SHARED / "eval" / "trafi" / "dumps").glob("*.txt"))[::20]
MIXED = [
    "Привет мир, это тест русского текста with some English words inside.",
    "これは日本語のテキストです。カタカナもあります。漢字も少し。",
    "한국어 텍스트입니다. 안녕하세요, 반갑습니다.",
    "مرحبا بالعالم، هذا نص عربي قصير للاختبار فقط.",
    "Tiếng Việt có dấu: Xin chào thế giới, hôm nay trời đẹp.",
    "NASA and the ESA said THE LAUNCH WAS DELAYED again, officials said on Monday.",
    "Visit https://example.com/a?b=c or mail info@example.org  for   more   details please.",
    "Ça coûte 12 € — «très cher», dit-il. Ärger über Straßen, Öl und Übermut.",
    "1234 5678 !!! ???",
]


def samples() -> list[str]:
    out = []
    for f in SEED_FILES + EVAL_DUMPS:
        doc = parse(read_bytes(f), f.stem)
        run_steps(doc, PIPELINE[:-1])
        out.append(language_step.sample(doc))
    rnd = random.Random(5)  # cut-outs: odd starts and ends, short texts
    out += [s[rnd.randrange(len(s)):][: rnd.randrange(3, 300)] for s in out if s]
    return out + MIXED


def langdetect_result(text: str):
    """langdetect's own Detector, set up as the language step used to run it."""
    from langdetect.detector_factory import _factory

    det = _factory.create()
    det.n_trial = settings.LANG_TRIALS
    det.append(text)
    try:
        det._detect_block()
    except LangDetectException:
        return "no features"
    return det.langprob, det.detect()


def test_same_probabilities_and_language_as_langdetect():
    fast = language_step.detector()  # loads langdetect's profiles and seed
    texts = samples()
    # the seeds, their cut-outs and the mixed scripts; the eval dumps too when ../shared is there
    assert len(texts) > (100 if EVAL_DUMPS else 15)
    detected = set()
    for text in texts:
        want = langdetect_result(text)
        got = fast.probabilities(text)
        if want == "no features":
            assert got is None
            with pytest.raises(LangDetectException):
                fast.detect(text)
            continue
        assert got == want[0], text  # every float the same
        assert fast.detect(text) == want[1]
        detected.add(want[1])
    assert {"en", "de", "ja", "ko", "ru", "ar", "vi"} <= detected


def test_ngrams_match_langdetect_character_loop():
    from langdetect.detector_factory import _factory

    fast = language_step.detector()
    for text in samples():
        det = _factory.create()
        det.append(text)
        det.cleaning_text()
        assert fast.prepare(text) == det.text
        assert fast.ngrams(det.text) == det._extract_ngrams()


def test_profiles_are_out_of_the_garbage_collectors_walks():
    """detector() freezes langdetect's profiles (gc.freeze): a full collection no longer walks
    their ~88,000 lists; the rows are langdetect's own, unchanged."""
    import gc

    probs = language_step.detector().word_lang_prob_map
    rows = list(probs.values())[::1000]
    assert gc.get_freeze_count() >= len(probs)
    walked = {id(o) for o in gc.get_objects()}  # the collector's generations, not the frozen objects
    assert not any(id(r) in walked for r in rows)
    assert all(type(r) is list and len(r) == len(language_step.detector().langlist) for r in rows)
