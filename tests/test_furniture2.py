"""Furniture rules of session 5 (round 2): a comment form's long data notice, a photo credit
split over two lines, an author box closed by its "Latest posts by" link. Real snippets; each
case fails without its rule, and each counterpart shows where the rule must not fire."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, EN_BODY, by_step, dump

# a comment form's notice with the data-protection text run on (120 words in the dump)
PL_NOTICE = ("Prosimy o zaznaczenie checkboxa przed dodaniem komentarza. Niniejszym informujemy, że "
             "Administratorem powyższych danych osobowych jest Defence24 Sp. z o.o. z siedzibą w Warszawie "
             "przy ul. Foksal 18, 00-372 Warszawa. Dane osobowe zostały przekazane dobrowolnie i będą "
             "przetwarzane wyłącznie w celu przesłania i zamieszczania komentarzy, kontrolowania treści "
             "komentarzy przed ich publikacją i odmowy ich publikowania bez wskazania przyczyny.")


def test_comment_form_notice_run_on_with_its_data_notice():
    assert len(PL_NOTICE.split()) > 40
    doc = clean_doc(dump(EN_BODY[0], PL_NOTICE, EN_BODY[1]), "comments")
    assert by_step(doc, "comments") == {3: ("comment-form", PL_NOTICE)}


def test_credit_split_over_two_lines_takes_its_value_and_the_caption_above():
    caption = "Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht."
    doc = clean_doc(dump(DE_BODY[0], caption, "Foto:", "WITTERS", DE_BODY[1]), "captions")
    assert by_step(doc, "captions") == {3: ("caption", caption), 5: ("caption", "Foto:"), 7: ("caption", "WITTERS")}
    assert doc.blocks[1].caption == caption


def test_credit_label_with_a_long_value_leaves_the_paragraph_above():
    # the value is the caption itself ("Logo des … | © Springer"): the block above is article text
    value = ("Logo des Sustainable Award in Finance von Bankmagazin, Versicherungsmagazin und MORGEN & MORGEN "
             "| © Springer")
    doc = clean_doc(dump(DE_BODY[0], DE_BODY[1], "Bild:", value, DE_BODY[2]), "captions")
    assert 3 not in by_step(doc, "captions")
    assert by_step(doc, "captions")[5] == ("caption", "Bild:")


def test_author_box_closed_by_its_latest_posts_link():
    bio = ("My blog is full of things to help you celebrate motherhood including baby nursery ideas, sleep "
           "schedules and sleep tips, fun printables, baby registry must-haves, and so much more.")
    text = (EN_BODY[0] + "\n\nAmy Motroni\nI'm Amy and I'm so glad you've stopped by!\n\n" + bio
            + "\nAmy Motroni\nLatest posts by Amy Motroni (see all)\n\n" + EN_BODY[1] + "\n")
    doc = clean_doc(text, "widgets")
    assert sorted(by_step(doc, "widgets")) == [3, 4, 6, 7, 8]


def test_author_posts_link_without_its_header_goes_alone():
    doc = clean_doc(dump(EN_BODY[0], EN_BODY[1], "Latest posts by Amy Motroni (see all)", EN_BODY[2]), "widgets")
    assert by_step(doc, "widgets") == {5: ("widget", "Latest posts by Amy Motroni (see all)")}
    assert "widget" not in {r for r, _ in by_step(clean_doc(dump(EN_BODY[0], "More posts by the same team are coming.",
                                                                 EN_BODY[1]), "widgets"), "widgets").values()}


def test_call_for_readers_letters_is_a_widget():
    line = "Submit your letter to the editor via this form. Read more Letters to the Editor."
    doc = clean_doc(dump(EN_BODY[0], line, EN_BODY[1]), "widgets")
    assert by_step(doc, "widgets") == {3: ("widget", line)}
    sentence = "Submit your letter to the editor, the paper said, and wait for months before anyone replies."
    assert by_step(clean_doc(dump(EN_BODY[0], sentence, EN_BODY[1]), "widgets"), "widgets") == {}


def test_donation_box_payment_button_and_its_call():
    text = (DE_BODY[0] + "\n\nSie lesen gern Achgut.com?\nZeigen Sie Ihre Wertschätzung!\n\n"
            "via Paypalvia Direktüberweisung\n\n" + DE_BODY[1] + "\n")
    doc = clean_doc(text, "widgets")
    assert sorted(by_step(doc, "widgets")) == [3, 4, 6]
    # an article's last sentence above the button stays
    doc = clean_doc(dump(DE_BODY[0], DE_BODY[1], "via PayPal", DE_BODY[2]), "widgets")
    assert by_step(doc, "widgets") == {5: ("widget", "via PayPal")}


def test_search_box_naming_the_site_is_navigation():
    doc = clean_doc(dump(EN_BODY[0], EN_BODY[1], "Search LA Weekly", EN_BODY[2]), "navigation")
    assert by_step(doc, "navigation") == {5: ("navigation", "Search LA Weekly")}
    doc = clean_doc(dump(EN_BODY[0], "Search and rescue teams reached the village on Monday.", EN_BODY[1]), "navigation")
    assert by_step(doc, "navigation") == {}
