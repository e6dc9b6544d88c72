"""Body selection where something splits the page's text (session 5): a picture gallery set inside
the article (its two parts are one body, the slides leave it), a best run reaching into the
comments (the article ends at its own last prose above them). Snippets quoted from the dev pages,
through parse + run_steps(steps_until("boilerplate"))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, EN_BODY, by_step, dump, kept_texts

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


GALLERY_HEAD = [LABEL, "Show all 50\nLarge waves crash over the harbour wall in Newhaven, East Sussex, during "
                "strong winds", "1/50UK news in pictures"]


def test_body_joins_across_a_gallery_and_the_slides_go():
    doc = clean_doc(dump(TITLE, *ABOVE, *GALLERY_HEAD, *GALLERY, *BELOW), "boilerplate")
    assert kept_texts(doc) == [TITLE, *ABOVE, *BELOW]
    mine = by_step(doc, "boilerplate")
    # the label and the gallery's controls are navigation, the rest captions
    assert {t for r, t in mine.values() if r == "navigation"} == {LABEL, "Show all 50", "1/50UK news in pictures"}
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
    cls = [boilerplate.classify(b, stop) if b.kept else None for b in rows]
    return [(rows[i].text, rows[j].text) for i, j, _ in boilerplate.gallery_spans(doc, rows, cls, list(range(len(rows))))]


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


# --- the body's end when its best run reached into the comments ---------------------------------

SYRIA = [
    "Die angebliche Waffenruhe hält nicht. Die Kämpfe um die kurdische Grenzstadt Ras alAyn gehen "
    "unvermindert weiter.",
    "Die syrische Armee hat mittlerweile den Ort Tal-Tamr erreicht. Dieser liegt unmittelbar an der "
    "strategisch wichtigen Querverbindung M4 und grenzt im Südosten unmittelbar an den 50 Kilometer "
    "breiten Streifen, den die türkische Armee bisher besetzt hält.",
]
TEASER = "Menetekel Syrien\nTürkei: Der euroamerikanische Abschied aus der Weltpolitik"
COMMENTS = [
    "Kommentare ( 56 )",
    "Bummi\nDiesen Kommentar auf Twitter teilen?Diesen Kommentar auf Twitter teilen?",
    "Ich sehe den Abzug grundsätzlich positiv. Dort gehören keine fremden Truppen der USA hin. Die haben "
    "genug Chaos in der Region angerichtet. Es gehören dort auch auch keine türkischen Truppen hin. Das "
    "ist ein Nachbarland.",
    "4\n1 Stunde 51 Minuten her\nMayor Quimby\nDiesen Kommentar auf Twitter teilen?Diesen Kommentar auf Twitter teilen?",
    "„Und er hatte gelernt: Die von ihm verachteten Demokratien muss man nur heftig genug in die Zange "
    "nehmen, um ihnen ohne Waffeneinsatz das abzuringen, was man zu erlangen sucht.“",
    "Komisch, an wen oder was erinnert mich das gerade? Ich komm‘ nicht drauf…",
    "3\n13 Stunden 5 Minuten her\nMichael Theren\nDiesen Kommentar auf Twitter teilen?",
    "Die monokausale Sicht auf den komplexen Nahen Osten ist man vom Autor inzwischen gewohnt (wenn die "
    "Kurden entwaffnet sind und alle Flankenmächte (inkl. den Saudis) entfernt, wird dort wieder Ruhe "
    "einkehren wie vor der US/Saudigeführten „Bürgerkriegsinszenierung“, wofür man dann den Türken und "
    "Russen wird „danken“ müssen), aber auch „Peace in our Time“ war schon damals etwas komplexer.",
    "0\n50 Minuten 46 Sekunden her\nNibelung\nDiesen Kommentar auf Twitter teilen?",
    "Gewisse Ähnlichkeiten zwischen 1938 und heute sind zu erkennen, wobei der Potentat aus Anatolien "
    "auch unberechenbar ist, aber nicht die gleichen Absichten hegt, weil die heutige Zeit ihm Schranken "
    "aufzeigt und er außenpolitisch in der Zange gehalten wird, wobei seine Agressionen nach innen "
    "durchaus vergleichbar sind und weil er selbst weiß, was ihm im Falle einer Abwahl blühen könnte.",
]
MORE_COMMENTS = [
    "Haben Sie sich mal die Militärbudgets angedchaut. Die Russen greifen die Nato an. 60 Mrd Dollar gegen "
    "q Billion, und die reichen immer noch nicht. Märchenland. Die Russen sind freiwillig aus Westeuropa abgezogen.",
    "Die Russen waren pleite. Sie konnten nicht einmal ihre Bevölkerung zufriedenstellend ernähren. Ohne "
    "Hilfslieferungen mit Lebensmitteln wäre der Staat kollabiert, vielleicht sogar von einem Bürgerkrieg begleitet…",
    "Putin ist am stärksten, wenn er nicht angreift. Es gilt übrigens nicht nur auf dem Schachbrett. Auf die "
    "Drohung kommt es an, die wirkt subtil und langfristig. Es verlangt allerdings einiges Geschick sie "
    "aufrechtzuerhalten. Gerade das Militär setzt schnell Rost an, wenn es nicht bewegt wird. Syrien ist hier "
    "also kein so schlechtes Trainingslager.",
]
HEAD = ["Pence, Syrien und die Türkei | Tichys Einblick", "Pence, Syrien und die Türkei"]
FURNITURE = "Anzeige\n  • Facebook\n  • Twitter\n  • Linkedin\n  • Email\nUnterstützung"


def test_body_running_into_the_comments_ends_at_its_last_prose_above_them():
    # the best run went on into the comments; cut at their header, the article ends at its own
    # last paragraph: the teaser and the share bar above the header are no article text
    doc = clean_doc(dump(*HEAD, *DE_BODY, *SYRIA, TEASER, FURNITURE, *COMMENTS),
                    "boilerplate")
    assert kept_texts(doc) == [*HEAD, *DE_BODY, *SYRIA]
    assert {r for r, t in by_step(doc, "boilerplate").values() if t.startswith("Türkei")} == {"related-links"}


def test_body_cut_at_the_comments_keeps_its_low_scoring_end_up_to_furniture():
    # an article's last lines (an update with short list items) score low but run on, without
    # furniture between, from its last paragraph: they stay (a list number alone does not end them)
    update = ["Update vom 15. Mai 2019: Feinschliff",
              "Nach den Rückmeldungen zum Entwurfstext habe ich für alle noch Verbesserungsideen:",
              "1.",
              "  • Gliedert Euren Text und fügt eventuell Zwischenüberschriften ein.",
              "  • Formuliert ein klares, inhaltliches Fazit.",
              "z.B. zu Fragen wie:", "=> Wie bist Du vorgegangen?", "=> Was ist gelungen?",
              "Überprüft und korrigiert die Grammtik, Rechtschreibung und Zeichensetzung.",
              "zuletzt überarbeitet am 29. Mai 2019"]
    doc = clean_doc(dump(*HEAD, *DE_BODY, *SYRIA, *update, FURNITURE, *COMMENTS, *MORE_COMMENTS),
                    "boilerplate")
    kept = kept_texts(doc)
    assert kept[:7] == [*HEAD, *DE_BODY, *SYRIA]
    assert "Überprüft und korrigiert die Grammtik, Rechtschreibung und Zeichensetzung." in kept
    assert not any(t.startswith("Ich sehe den Abzug") for t in kept)


# --- a teaser grid ending the body -------------------------------------------------------------

STADIA = ["The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great - Digg",
          "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great"]
GRID = """'Why Don't You Go Fight For The Reindeer?'
REINDEER GAMES

'Why Don't You Go Fight For The Reindeer?'

1 digg delacortereview.org Long Reads World

Scandinavia's Sami have been herding reindeer for generations. Then the miners arrived. The Sami had never been protesters. Until now.

What Being Asexual Or Aromantic Tells Us About Sex And Romance
LOVE IS LOVE

What Being Asexual Or Aromantic Tells Us About Sex And Romance

aeon.co Sex

What is it like to feel love and share physical intimacy yet feel no sexual attraction to the person you are with?

Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching
'A NATIONAL TRAGEDY'

Watching This Koala Get Rescued From A Bushfire Is Heart-Wrenching

Animals Nature

Dozens of bushfires are spreading across Australia, burning across more than two million acres and putting koalas in harm's way. One unfortunate koala was caught on camera trying to flee the flames and was quickly rescued by a wildlife technician.

Quickly Collect Signatures. Anywhere And On Any Device.
APPS WE DIGG | SPONSORED

Quickly Collect Signatures. Anywhere And On Any Device.

20 diggs Promotion

With Adobe Sign you can stop chasing down signatures and get documents signed in minutes — not days."""


def test_body_a_teaser_grid_at_its_end_goes():
    # headlines printed twice (the link, the picture's alt text), a kicker, a site line, a blurb:
    # links to other stories under the article, though their blurbs are prose
    doc = clean_doc(dump(*STADIA, *EN_BODY, "Subscribe", GRID), "boilerplate")
    assert kept_texts(doc) == [*STADIA, *EN_BODY]
    assert {r for r, t in by_step(doc, "boilerplate").values() if "Koala" in t} == {"related-links"}


def test_body_pictures_with_their_caption_printed_twice_stay():
    # an article's pictures (the caption printed twice) with paragraphs between are no grid
    caption = "The slimmer bezels of the 16-inch MacBook Pro"
    doc = clean_doc(dump(*STADIA, EN_BODY[0], caption, caption, EN_BODY[1], EN_BODY[2], caption + " keyboard",
                         caption + " keyboard", *EN_BODY, caption + " ports", caption + " ports", EN_BODY[2]),
                    "boilerplate")
    assert all(r != "related-links" for r, _ in by_step(doc, "boilerplate").values())
