"""How the boilerplate step selects the article body: rules on small snippets shaped like the
eval dumps (the <title> first, furniture around the article)."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import EN_BODY, by_step, dump, kept_texts

TITLE = "Trump Pushes for a Summit With Putin and Zelensky"

# --- a list announced by the article's last sentence -------------------------------------------

TOUR = [
    "The delegation will travel to five cities over the next two weeks, and these are the stops:",
    "Kyiv",
    "Meeting with the president and the cabinet",
    "Warsaw",
    "Talks with the defence ministers of the region",
    "Vilnius",
    "A visit to the northern border posts",
]


def test_body_keeps_the_list_its_last_sentence_announces():
    page = dump(TITLE, *EN_BODY, *TOUR, "Related Posts", "Markets Rally as Talks Resume",
                "Five Things to Know About the Summit")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY, *TOUR]
    assert {r for r, _ in by_step(doc, "related").values()} == {"related-links"}


def test_body_a_label_run_under_a_colon_is_not_a_list():
    # under the sentence: labels only (a category line, a follow prompt), not entries of a list
    labels = ["Category: World", "Europe", "Markets", "Opinion"]
    page = dump(TITLE, *EN_BODY, TOUR[0], *labels)
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY]
    got = {t: r for r, t in by_step(doc, "boilerplate").values()}
    assert got == {TOUR[0]: "related-links", **dict.fromkeys(labels, "navigation")}


def test_body_a_bullet_list_ends_with_its_bullets():
    items = ["  • Kyiv and the cabinet", "  • Warsaw and the defence ministers", "  • Vilnius and the border posts"]
    after = ["Markets Rally as Talks Resume Across Europe", "Five Things to Know About the Summit Next Week"]
    page = dump(TITLE, *EN_BODY, TOUR[0]) + "\n".join(items) + "\n\n" + dump(*after)
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY, TOUR[0], *(i.strip(" •") for i in items)]
    assert {t: r for r, t in by_step(doc, "boilerplate").values()} == dict.fromkeys(after, "related-links")


# --- no prose under the headline: the lines standing there are the article ---------------------

CALENDAR_TITLE = "Stock Car Calendar 2018"
CALENDAR = [f"Round {n}: {place} – the {km} km circuit" for n, (place, km) in enumerate([
    ("Interlagos", "4.3"), ("Curitiba", "3.7"), ("Velopark", "2.3"), ("Londrina", "3.1"),
    ("Santa Cruz do Sul", "3.5"), ("Goiânia", "3.8"), ("Campo Grande", "3.4"), ("Cascavel", "3.0"),
    ("Velo Città", "3.4"), ("Tarumã", "3.0"), ("Goiânia", "3.8"), ("Interlagos", "4.3")], start=1)]
SIDEBAR = [  # a column teaser in the sidebar: the page's only prose
    "Click on the picture above and see how the drivers stand in the ranking of this season after "
    "the Brazilian Grand Prix.",
    "Click and find the times of the television broadcasts of the race, the twentieth of the season, "
    "and learn about the track.",
]


def calendar_page(title_repeat: str) -> str:
    return dump(f"{CALENDAR_TITLE} | Autoracing", "Home", "News", "Columns", "Contact", title_repeat,
                "Stock Car Brasil", *CALENDAR, "Share on Facebook", "Tags", "Autoracing Power Ranking",
                *SIDEBAR)


def test_body_a_list_under_the_headline_wins_over_weaker_prose_elsewhere():
    doc = clean_doc(calendar_page(CALENDAR_TITLE), "boilerplate")
    assert kept_texts(doc) == [f"{CALENDAR_TITLE} | Autoracing", CALENDAR_TITLE, "Stock Car Brasil", *CALENDAR]
    got = {t: r for r, t in by_step(doc, "boilerplate").values()}
    assert got[SIDEBAR[0]] == "widget" and got["Autoracing Power Ranking"] == "navigation"


def test_body_without_a_headline_the_prose_wins():
    # no line repeats the title: nothing says where the article stands, so the prose is the body
    doc = clean_doc(calendar_page("Motor Racing Schedule"), "boilerplate")
    assert kept_texts(doc)[-2:] == SIDEBAR
    assert not set(CALENDAR) & set(kept_texts(doc))
