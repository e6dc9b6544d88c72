"""Body edges on shapes of the trafi dev pages, session 4: snippets quoted from the dev pages
(half A), through parse + run_steps(steps_until("boilerplate"))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, dump, kept_texts

DE_TITLE = "Mineralölinfo: Mineralöldaten für Januar bis November 2021"

# --- a list that finishes the body's last sentence joins the body ------------------------------

# (a press release of the BAFA, 2021: the sentence runs on into the list items)
INTRO = "Im Vergleich zum Vorjahreszeitraum ist"
ITEMS = [
    "der Export von Mineralölprodukten um 13,6 % von 20,4 auf 23,1 Millionen Tonnen gestiegen;",
    "der Import von Mineralölprodukten um 5,0 % von 31,9 auf 33,5 Millionen Tonnen angestiegen;",
    "die Einfuhr von Rohöl um 2,9 % von 76,0 auf 73,9 Millionen Tonnen gesunken;",
    "der Grenzübergangspreis von Rohöl um 55,8 % von 276,95 Euro auf 431,42 Euro pro Tonne gestiegen.",
]
MENU = ["Bereichsmenü", "  • Besondere Ausgleichsregelung", "  • Energieeffizienz", "  • Mineralöl"]


def continued(intro: str, items: list[str]) -> str:
    return dump(DE_TITLE, *DE_BODY, intro) + "\n" + "\n".join(f"  • {i}" for i in items) + "\n\n" + "\n".join(MENU) + "\n"


def test_body_a_list_finishing_the_last_sentence_joins_the_body():
    doc = clean_doc(continued(INTRO, ITEMS), "boilerplate")
    assert kept_texts(doc) == [DE_TITLE, *DE_BODY, INTRO, *ITEMS]
    # the menu under it still goes
    assert all(b.reason == "navigation" for b in doc.blocks if b.text in ("Bereichsmenü", "Energieeffizienz"))


def test_body_items_after_a_finished_sentence_do_not_join():
    # the body's last line ends its sentence: the lower-case items under it are not its continuation
    doc = clean_doc(continued(INTRO + " Folgendes zu sehen.", ITEMS), "boilerplate")
    assert not any(i in kept_texts(doc) for i in ITEMS)


def test_body_items_that_do_not_end_the_sentence_do_not_join():
    # the last item does not close the sentence (a menu of lower-case entries)
    doc = clean_doc(continued(INTRO, [i.rstrip(".;") for i in ITEMS]), "boilerplate")
    assert not any(i.rstrip(".;") in kept_texts(doc) for i in ITEMS)


# --- a sign-off under the last paragraph joins the body ----------------------------------------

# (a deal post on monsterdealz.de, 2019)
DEAL = [
    "Beim Rewe Produkttest der nächsten Woche könnt ihr mit etwas Glück diese leckere Sünde GRATIS in "
    "eurem REWE Markt abholen!",
    "Einfach ab Montag bewerben und wenn ihr einer von 10000 Gewinner seid, bekommt ihr am übernächsten "
    "Montag den Coupon für die Gratispackung per Mail zugeschickt.",
]
DEAL_FOOT = ["Zum Deal »", "Zum Deal »", "TEILEN TWITTERN TEILEN MAILEN", "Jetzt gratis Abo abstauben"]


def test_body_a_sign_off_under_the_last_paragraph_stays():
    page = dump("Rewe Produkttest: Leibniz Keks'n Cream gratis", *DE_BODY, *DEAL, "Viel Glück!",
                "Euer HansEhrlich", *DEAL_FOOT)
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[-3:] == [DEAL[1], "Viel Glück!", "Euer HansEhrlich"]


def test_body_short_lines_without_a_sign_off_still_go():
    # the same short lines with no valediction under them ("Euer" + a name): page furniture
    page = dump("Rewe Produkttest: Leibniz Keks'n Cream gratis", *DE_BODY, *DEAL, "Viel Glück!",
                "HansEhrlich", *DEAL_FOOT)
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[-1] == DEAL[1]


def test_body_a_sign_off_needs_a_capitalised_name():
    import re

    from cleaners import phrases
    signoff = re.compile(phrases.SIGNOFF_PATTERN, re.I)
    assert all(signoff.match(t) for t in ["Euer HansEhrlich", "Deine Mady", "Liebe Grüße, Anna",
                                          "XX, Die Redaktion", "Cheers, Tom"])
    assert not any(signoff.match(t) for t in ["Ihr Pfad: stuttgart.de", "Ihre Nachricht *",
                                              "euer beitrag", "Liebe Grüße an alle Leser",
                                              "Dein Kommentar", "Deine Nachricht", "Your Message"])
