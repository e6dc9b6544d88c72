"""Body selection on shapes of the trafi dev pages (mostly German): small snippets shaped like
the eval dumps, through parse + run_steps(steps_until("boilerplate"))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, by_step, dump, kept_texts

DE_TITLE = "Windkraft: Bundesregierung beschleunigt den Ausbau"


# --- a quote in another language, a keyword line: they stay in the body -------------------------

EN_QUOTE = ("„Female founders must constantly consider how they are perceived in both business and life, "
            "which creates a tension that male founders rarely feel“")


def test_body_a_quote_in_another_language_is_not_a_word_list():
    # on a German page the English quote has no German stop words, but it is prose in English
    page = dump(DE_TITLE, DE_BODY[0], DE_BODY[1], EN_QUOTE, DE_BODY[2])
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [DE_TITLE, DE_BODY[0], DE_BODY[1], EN_QUOTE, DE_BODY[2]]


# a row of figures, a reference, a spec line inside the body: no stop words, no sentence end,
# but article text (session 6 dropped the keyword-list rule that took them as tag clouds)
TABLE_ROW = "Heizöl, schwer 0,78 Mio. t 1,12 Mio. t 43,4 %"
REFERENCE = ("33. Miller RA . Aging and immune function. Int Rev Cytol. 1991;124:187-215. "
             "[PMID: 2001916] CrossrefMedlineGoogle Scholar")


def test_body_a_line_without_stop_words_in_the_body_stays():
    page = dump(DE_TITLE, DE_BODY[0], DE_BODY[1], TABLE_ROW, REFERENCE, DE_BODY[2])
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [DE_TITLE, DE_BODY[0], DE_BODY[1], TABLE_ROW, REFERENCE, DE_BODY[2]]
    assert by_step(doc, "boilerplate") == {}
def test_body_a_keyword_line_in_the_body_stays():
    # no stop words and no sentence end, but inside the article's body: when unsure, keep
    tags = "Windenergie Offshore Genehmigung Naturschutz Bürgerbeteiligung Ausbau Netzausbau Strompreis Bundesnetzagentur Klimaschutz Energiewende Wirtschaftsministerium"
    page = dump(DE_TITLE, DE_BODY[0], DE_BODY[1], tags, DE_BODY[2])
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [DE_TITLE, DE_BODY[0], DE_BODY[1], tags, DE_BODY[2]]
    assert 7 not in by_step(doc, "boilerplate")


# --- a near-good sentence that leads into the prose is article text ----------------------------

LEADIN = "Am Ende des Tages war es ein schöner Erfolg."
LABELS = ["Programm", "Trommeltanz", "Gesang der Kinder", "Lesung"]


def test_body_a_short_sentence_leading_into_the_prose_stays():
    # the sentence and the short lines under it lead into the good paragraphs: jusText's context
    # rule makes the near-good sentence good, so the body starts there
    page = dump(DE_TITLE, "Startseite | Kontakt | Impressum", LEADIN, *LABELS, *DE_BODY)
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [DE_TITLE, LEADIN, *LABELS, *DE_BODY]


def test_body_a_short_sentence_before_furniture_still_goes():
    # furniture (a share bar) between the sentence and the prose: no context to lean on
    page = dump(DE_TITLE, "Startseite | Kontakt | Impressum", LEADIN, "Teilen", "Facebook", "Twitter",
                *DE_BODY)
    doc = clean_doc(page, "boilerplate")
    assert LEADIN not in kept_texts(doc)
    assert kept_texts(doc)[-3:] == DE_BODY
