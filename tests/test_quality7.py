"""Session 7 (quality7): shapes read from half-A errors, kept because the totals rose and half B
dropped on neither dataset. Real snippets; each case fails without its rule, and each counterpart
shows where it must not fire."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import EN_BODY, by_step, dump

# --- a picture's alt text and caption printed twice, a blank line between ----------------------

BEZELS = "The slimmer bezels of the 16-inch MacBook Pro"
REFRESH = ("Pros out there who are well-versed in the video space will appreciate one change to the display "
           "though, which is the ability to specifically choose your refresh rate.")


def test_a_line_printed_twice_under_a_blank_line_is_a_caption():
    doc = clean_doc(dump(EN_BODY[0], BEZELS, BEZELS, REFRESH), "captions")
    assert by_step(doc, "captions") == {3: ("caption", BEZELS), 5: ("caption", BEZELS)}


def test_a_short_label_printed_twice_under_a_blank_line_stays():
    # a product's feature label and its heading ("Save Disk Space" / "Save Disk Space")
    doc = clean_doc(dump(EN_BODY[0], "Save Disk Space", "Save Disk Space", REFRESH), "captions")
    assert by_step(doc, "captions") == {}


def test_the_headline_or_a_sentence_printed_twice_under_a_blank_line_stays():
    title = "Mein Motto Konsumsparen: Fazit, Erkenntnisse und meine Pläne für 2020"
    doc = clean_doc(dump(title, title, title, EN_BODY[0]), "captions")
    assert by_step(doc, "captions") == {}
    lead = "Mit dem Toyota Yaris Cross will der japanische Automobilhersteller im boomenden Segment mitmischen."
    doc = clean_doc(dump(EN_BODY[0], lead, lead, REFRESH), "captions")
    assert by_step(doc, "captions") == {}


# --- an author's bio removed above the article and printed again, in full, at its end ---------------

BIO = ("I am a writer, journalist, professor, systems modeler, computational and digital health expert, "
       "avocado-eater, and entrepreneur, not always in that order.")
BIO_FULL = BIO + " Currently, I"


def bio_page(*end: str) -> str:
    return "\n".join(["How This Man’s Bedding Gave Him ‘Feather Duvet Lung’", "",
                      "How This Man’s Bedding Gave Him ‘Feather Duvet Lung’", "", "Bruce Y. Lee Senior Contributor",
                      "Opinions expressed by Forbes Contributors are their own.", "Healthcare", BIO,
                      "  • Share to facebook", "  • Share to twitter", "", *[p + "\n" for p in end], ""])


def test_a_bio_removed_above_the_article_and_printed_again_at_its_end_leaves():
    doc = clean_doc(bio_page(*EN_BODY, "Follow me on Twitter or LinkedIn. Check out my website.", BIO_FULL),
                    "duplicates")
    top = [b for b in doc.blocks if b.text == BIO][0]
    assert not top.kept and top.step != "duplicates"  # (furniture above the article)
    end = [b for b in doc.blocks if b.text == BIO_FULL][0]
    assert (end.step, end.reason) == ("duplicates", top.reason)
    assert all(b.kept for b in doc.blocks if b.text in EN_BODY)


def test_the_furniture_printed_again_inside_the_article_stays():
    # not among the article's last kept blocks: the article quotes it
    doc = clean_doc(bio_page(EN_BODY[0], BIO_FULL, EN_BODY[1], EN_BODY[2], REFRESH, EN_BODY[0].replace("Trump", "Biden")),
                    "duplicates")
    assert [b.kept for b in doc.blocks if b.text == BIO_FULL] == [True]


# --- a share bar's counter label standing alone -------------------------------------------------

def test_a_share_counter_label_alone_is_a_share_widget():
    page = dump(EN_BODY[0], "  •\n  •\nShares\nAn artist's illustration of a plume of water vapor emanating from "
                "Jupiter's moon Europa.", EN_BODY[1])
    doc = clean_doc(page, "share")
    assert by_step(doc, "share") == {5: ("share-widget", "Shares")}
    # the word inside a sentence stays
    doc = clean_doc(dump(EN_BODY[0], "Shares of Boeing rose 3 percent on Monday.", EN_BODY[1]), "share")
    assert by_step(doc, "share") == {}
