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


# --- a caption printed three times --------------------------------------------------------------

# (a news live blog, 2021: a video's alt text, title and caption on adjacent lines, no blank line)
EN_PARA = [
    "Meghan said there was concern within the royal family about her baby's skin tone, and Harry "
    "condemned his relatives for failing to criticize the tabloids' coverage of his wife.",
    "\"That was relayed to me from Harry. Those were conversations that family had with him,\" Meghan "
    "added, declining to reveal who was involved in the discussions.",
]
VIDEO = "Meghan reveals 'concerns' within royal family about her baby's skin color"


def test_captions_a_caption_printed_three_times_goes_each_time():
    page = f"Meghan and Harry interview\n\n{EN_PARA[0]}\n{VIDEO}\n{VIDEO}\n{VIDEO}\n{EN_PARA[1]}\n"
    doc = clean_doc(page, "captions")
    copies = [b for b in doc.blocks if b.text == VIDEO]
    assert len(copies) == 3 and all(b.reason == "caption" for b in copies)
    assert EN_PARA[0] in kept_texts(doc) and EN_PARA[1] in kept_texts(doc)


def test_captions_a_later_copy_after_a_blank_line_is_not_the_caption():
    # the third copy stands apart (a blank line above it): the captions step leaves it to the duplicates step
    page = f"Meghan and Harry interview\n\n{EN_PARA[0]}\n{VIDEO}\n{VIDEO}\n\n{VIDEO}\n\n{EN_PARA[1]}\n"
    doc = clean_doc(page, "captions")
    assert [b.reason for b in doc.blocks if b.text == VIDEO] == ["caption", "caption", None]

