"""Line-level furniture rules (captions, widgets, navigation, related links, bylines, comments)
on small snippets in the style of real dumps. Each case fails without its rule; each
sentence-like counterpart shows where a rule must not fire."""
from __future__ import annotations

import pytest

from conftest import clean_doc
from test_steps import DE_BODY, EN_BODY, by_step, dump


def removed_by(step: str, *lines: str, body=EN_BODY) -> dict[int, tuple[str, str]]:
    """Lines of ``body[0]``, ``lines``, ``body[1]``: what ``step`` removed (line -> reason, text)."""
    doc = clean_doc(dump(body[0], *lines, body[1]), step)
    return by_step(doc, step)


def assert_removed(step: str, reason: str, line: str, body=EN_BODY) -> None:
    assert removed_by(step, line, body=body) == {3: (reason, line)}


def assert_kept(step: str, line: str, body=EN_BODY) -> None:
    assert removed_by(step, line, body=body) == {}


# --- captions: wire-photo captions and credits ------------------------------------------

@pytest.mark.parametrize("line", [
    "FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., "
    "November 18, 2019. REUTERS/Brendan McDermid",
    "This March 28, 2017, file photo, provided by the state registry shows the defendant.",
    "A stock image of a woman holding a cup. Researchers have looked at the effects of the drink. Getty",
    "Not all duvets have real feathers in them. If you are having an allergic reaction to the bedding, you can "
    "try one with synthetic stuffing instead. (Photo: Getty Images)",
    "Sheriff's Office via AP",
    "ITV, ASSOCIATED PRESS",
    "Getty",
])
def test_caption_credits(line):
    assert_removed("captions", "caption", line)


def test_caption_keeps_a_sentence_quoting_an_agency():
    assert_kept("captions", "The agency told Reuters that the figures would be revised in the coming weeks.")


# --- widgets: prompts, blog footers, icon ligatures, author boxes ------------------------

@pytest.mark.parametrize("line", [
    "Subscribe to AppleInsider on YouTube",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Join our Space Forums to keep talking space on the latest missions, night sky and more!",
    "Siga @adautoracing",
    "Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.",
    "¡Mira lo que tiene nuestro canal de YouTube!",
    "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
    "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada.",
    "keyboard_arrow_down",
    "SUGGESTED CITATION Muster, Max: Expertise in der Krise, Blog, 2020/4/09.",
    "Redakteur in der Wirtschaft.",
    "Liken Lade …",
    "Es gibt derzeit keine bevorstehenden Veranstaltungen.",
    "This entry was posted in News and tagged climate, energy. Bookmark the permalink.",
    "Dieser Beitrag wurde unter Schulleben abgelegt und mit Lernen verschlagwortet. "
    "Setze ein Lesezeichen auf den Permalink.",
    "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter "
    "zu erhalten. Ich bin damit einverstanden, dass mir per E-Mail Werbung zugesandt wird.",
])
def test_widget_prompts_and_footers(line):
    assert_removed("widgets", "widget", line)


@pytest.mark.parametrize("line", [
    "The company said it would subscribe to the new standard once regulators had approved it.",
    "Der Redakteur in der Wirtschaftsredaktion hatte den Bericht schon im Mai geschrieben, sagte sie.",
    "Readers who signed up for the newsletter last year were later asked about their habits.",
])
def test_widget_rules_keep_sentences(line):
    assert_kept("widgets", line)


# --- navigation: pagers, link counts, call-to-action links ---------------------------------

@pytest.mark.parametrize("line", [
    "Seite 1 von 3",
    "Page 2 of 5",
    "1 2 3 … 10 Next",
    "View all (4)",
    "Zum Kreditvergleich",
    "Zum Deal »",
    "Zur Anmeldung",
])
def test_navigation_shapes(line):
    assert_removed("navigation", "navigation", line)


@pytest.mark.parametrize("line", ["Zur Person", "Zum Schluss", "Seite 3 der Studie nennt die Zahlen für 2019."])
def test_navigation_shapes_keep_headings(line):
    assert_kept("navigation", line)


# --- captions: the line printed right above a credit ----------------------------------------

def test_caption_above_a_credit_line():
    caption = ("Sheikh Mohammed, center, passes a Boeing 787-10 passenger aircraft during the Dubai Airshow "
               "in Dubai, United Arab Emirates, on Monday.")
    doc = clean_doc(EN_BODY[0] + "\n\n" + caption + "\nNatalie Naccache, Bloomberg, Getty Images\n\n" + EN_BODY[1] + "\n",
                    "captions")
    assert by_step(doc, "captions") == {3: ("caption", caption), 4: ("caption", "Natalie Naccache, Bloomberg, Getty Images")}


def test_caption_above_a_credit_needs_the_lines_together():
    caption = "The airline finalized the deal on Monday, a spokesman said at the show."
    doc = clean_doc(dump(EN_BODY[0], caption, "Getty Images", EN_BODY[1]), "captions")
    assert by_step(doc, "captions") == {5: ("caption", "Getty Images")}


# --- B-neutral rules (no held-out page has these shapes) ------------------------------------

@pytest.mark.parametrize("line", ["7333-Registration-banner-visual 7333-Registration-banner-visual",
                                  "milano-design-week-2018-flos-anastassiades-jewels-01"])
def test_caption_image_slug(line):
    assert_removed("captions", "caption", line)


def test_caption_keeps_a_hyphenated_heading():
    assert_kept("captions", "Max-Planck-Institut-Direktorin")


def test_related_arrows_are_not_a_german_quotation():
    assert_kept("related", "»Wie bringe ich Studierende dazu, im Hörsaal Fragen zu stellen?«", body=DE_BODY)
    assert_removed("related", "related-links", "» Wegen Corona: Kult-Lokal auf Mallorca muss schließen «", body=DE_BODY)


def test_related_pointer_cut_off():
    assert_removed("related", "related-links", "Lesen Sie hier einen weiteren spannenden Beitrag …", body=DE_BODY)


def test_share_bookmark_and_share():
    assert_removed("share", "share-widget", "Bookmark and Share")


def test_widget_membership_prompt():
    assert_removed("widgets", "widget", "Werden Sie Mitglied bei", body=DE_BODY)


def test_caption_two_words_printed_twice():
    assert_removed("captions", "caption", "Shy owl Shy owl")


def test_related_header_naming_its_section():
    doc = clean_doc(dump(EN_BODY[0], EN_BODY[1], "Most read in world news", "RANDY ANDY",
                         "Andrew parties in unearthed pics despite claiming he avoids PDAs"), "related")
    assert sorted(by_step(doc, "related")) == [5, 7, 9]


def test_byline_names_and_handle():
    assert_removed("bylines", "widget", "Catherine Shu @catherineshu / 2 days")


def test_byline_split_over_two_lines():
    doc = clean_doc(dump(DE_BODY[0], "21.01.2022 11:46 von", "Patrick Otte", DE_BODY[1]), "bylines")
    assert by_step(doc, "bylines") == {3: ("widget", "21.01.2022 11:46 von"), 5: ("widget", "Patrick Otte")}


def test_share_prefix_keeps_a_question():
    assert_kept("share", "Share this information, please?")
