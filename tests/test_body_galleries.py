"""Body selection across a picture gallery set inside the article (session 5): the article's two
parts on both sides of the slides are one body, the slides' lines leave it. Snippets quoted from
the dev pages, through parse + run_steps(steps_until("boilerplate"))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import by_step, dump, kept_texts

from cleaners import render
from cleaners.steps import boilerplate

TITLE = "Coronavirus: £1,000 fine for falsely reporting a contact to force them to self-isolate"
ABOVE = [
    "Anyone falsely naming an antagonist as a coronavirus contact in order to force them to self-isolate "
    "can be fined £1,000, under new regulations coming into force today, which also ban pubs and bars "
    "from playing loud music or allowing people to sing and dance.",
    "The new offences are among a string of new restrictions included without fanfare in legislation "
    "published yesterday, just hours before they came into effect.",
    "And ministers came under fire from a former Conservative chief whip for failing to inform MPs and "
    "the public before they became law.",
]
BELOW = [
    "Mr Hancock responded: “Sometimes in this pandemic we have had to move fast, and we may need to again.",
    "“The challenge we have in this House is how to ensure proper scrutiny, whilst also being able when "
    "necessary to move fast in response to the virus.”",
    "New fines for failure to self-isolate, starting at £1,000 for a first offence and rising to as much as "
    "£10,000 after four breaches, were well publicised in advance.",
    "But details of the legislation have now revealed that the penalty on a first offence can be "
    "quadrupled to £4,000 if the breach is committed “recklessly”.",
    "This could involve someone who knows they are infective and has been told to remain away from others "
    "deliberately going to a workplace or pub or onto public transport where they expect to come into "
    "contact with people who they might infect.",
    "Meanwhile, anyone giving false information to a test and trace official could be issued with a fixed "
    "penalty notice of £1,000 for a first offence, rising to £10,000 for a fourth repeat.",
]
LABEL = "UK news in pictures"
SLIDES = [
    ("1 November 2020", "Shoppers queue outside Ikea in Batley, West Yorkshire, after Boris Johnson announced "
     "a new national lockdown will come into force in England next week", "PA"),
    ("31 October 2020", "Boris Johnson announces new restrictions in No 10", "Getty"),
    ("28 October 2020", "Surfers take to high waves caused by Atlantic swells in Mullaghmore in Co Sligo", "PA"),
    ("22 October 2020", "EU chief Brexit negotiator Michel Barnier wearing an EU-flag themed face mask arriving "
     "at a conference centre in central London to attend a new round of trade talks with the UK",
     "AFP via Getty"),
    ("20 October 2020", "Prime Minister Boris Johnson outside Downing Street, ahead of a Cabinet meeting at "
     "the Foreign and Commonwealth Office", "PA"),
    ("17 October 2020", "A model presents a creation during the Bora Aksu catwalk show at London Fashion Week "
     "2020", "Reuters"),
]
GALLERY = [line for slide in SLIDES for line in (LABEL, *slide)]


def test_body_joins_across_a_gallery_and_the_slides_go():
    doc = clean_doc(dump(TITLE, *ABOVE, *GALLERY, *BELOW), "boilerplate")
    assert kept_texts(doc) == [TITLE, *ABOVE, *BELOW]
    mine = by_step(doc, "boilerplate")
    assert {t for r, t in mine.values() if r == "navigation"} == {LABEL}
    # every caption leaves as one (the captions step took the credits it knows)
    captions = render.captions(doc)
    assert all(caption in captions for _, caption, _ in SLIDES)


def test_body_a_gallery_without_the_article_on_its_other_side_is_left_alone():
    # the body ends at the gallery and nothing but one line follows: no part to join
    doc = clean_doc(dump(TITLE, *BELOW, *GALLERY, "Comments are subject to our community guidelines."), "boilerplate")
    assert kept_texts(doc)[:len(BELOW) + 1] == [TITLE, *BELOW]
    assert "Comments are subject to our community guidelines." not in kept_texts(doc)
    assert all(r != "caption" for r, _ in by_step(doc, "boilerplate").values())


def gallery_spans_of(text: str):
    doc = clean_doc(text, "bylines")
    rows = [b for b in doc.blocks if b.text and (b.kept or b.reason in boilerplate.FURNITURE)]
    stop = boilerplate.page_stopwords([b for b in rows if b.kept])
    classes = {id(b): boilerplate.classify(b, stop) for b in rows if b.kept}
    return [(rows[i].text, rows[j].text) for i, j, _ in boilerplate.gallery_spans(doc, rows, classes)]


def test_gallery_slides_are_found_from_the_first_label_to_the_last_caption():
    assert gallery_spans_of(dump(TITLE, *ABOVE, *GALLERY, *BELOW)) == [(LABEL, SLIDES[-1][1])]  # (the captions step took "Reuters")


def test_body_a_listicle_with_a_repeated_line_is_no_gallery():
    # items of two paragraphs under a repeated "Buy now" line and a credit: article text, not slides
    items = []
    for k, (date, caption, credit) in enumerate(SLIDES[:5]):
        items += ["Buy now", ABOVE[k % 3], BELOW[k], credit]
    assert gallery_spans_of(dump(TITLE, *items, *BELOW[5:])) == []
    # a repeated line without pictures between its copies is no gallery either
    assert gallery_spans_of(dump(TITLE, *ABOVE, *[x for s in SLIDES for x in (LABEL, s[1])], *BELOW)) == []
