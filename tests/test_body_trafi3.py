"""Shapes of the trafi dev pages, session 5 (quality, trafi): snippets quoted from the dev pages
(half A), through parse + run_steps(steps_until(STEP))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, by_step, dump, kept_texts

# --- a "read more" label standing alone heads a teaser run --------------------------------------

# (a farm weekly, 2022: the article's end, then "Lesen Sie mehr" over dated teasers)
TEASER = "Jugendverbände fordern Existenzgründungsprämie für Junglandwirte"
DATELINE = "vor 2 Monaten von Patrick Otte"
EXCERPT = ("Der Ring der Landjugend setzt sich für eine Prämie zur Existenzgründung ein. Maximal 70000€, über "
           "fünf Jahre gezahlt, sollen den Einstieg in die Landwirtschaft erleichtern.")


def test_related_read_more_label_heads_a_teaser_run():
    doc = clean_doc(dump("Heinen-Esser offen für Existenzgründungsprämie", *DE_BODY, "Lesen Sie mehr", TEASER,
                         DATELINE, EXCERPT), "related")
    removed = by_step(doc, "related")
    assert [r for r, _ in removed.values()] == ["related-links", "related-links"]
    assert [t for _, t in removed.values()] == ["Lesen Sie mehr", TEASER]
    # the body above stays; the teaser's dateline introduces text and is left to the later steps
    assert kept_texts(doc)[1:4] == DE_BODY and DATELINE in kept_texts(doc)


def test_related_read_more_inside_a_sentence_is_no_header():
    line = "Lesen Sie mehr über die Förderung im Bericht des Ministeriums, der am Montag erschienen ist."
    doc = clean_doc(dump("Heinen-Esser offen für Existenzgründungsprämie", *DE_BODY, line, TEASER), "related")
    assert line in kept_texts(doc) and TEASER in kept_texts(doc)

