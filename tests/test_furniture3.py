"""Furniture rules of session 6 (aeb): a long caption ending in its credit, a picture's alt text
right above its caption, the last teaser of a bulleted "Related" list above the body. Real
snippets; each case fails without its rule, and each counterpart shows where it must not fire."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, EN_BODY, by_step, dump

# --- a caption longer than a credit line, ending in its credit ----------------------------------

EN_CAPTION = ("Once the preserve of science fiction, through films such as Alien (pictured) and 2001: A Space "
              "Odyssey, hibernation or ‘suspended animation’ may one day become an important enabler of deep "
              "space travel. Credit: 20th Century Fox")
DE_CAPTION = ("„Sie können uns nicht ihre Ideen in den Kopf setzen, also nehmen sie Kugeln #SOSNicaragua“ steht "
              "auf dem Schild dieses Demonstranten während einer Demonstration für politische Gefangene in "
              "Managua im August 2018. Foto: Jorge Mejía Peralta (CC BY 2.0)")


def test_long_caption_ending_in_its_credit_is_a_caption():
    assert len(EN_CAPTION.split()) > 20 and len(DE_CAPTION.split()) > 20  # (longer than a credit line)
    doc = clean_doc(dump(EN_BODY[0], EN_CAPTION, EN_BODY[1]), "captions")
    assert by_step(doc, "captions") == {3: ("caption", EN_CAPTION)}
    doc = clean_doc(dump(DE_BODY[0], DE_CAPTION, DE_BODY[1]), "captions")
    assert by_step(doc, "captions") == {3: ("caption", DE_CAPTION)}


def test_a_paragraph_naming_a_photo_midway_stays():
    # "Foto:" inside the text, not a credit closing it
    text = ("Der Fotograf zeigte seine Bilder. Foto: das war sein Lieblingswort, sagte er, und dann "
            "erzählte er von seiner Reise nach Managua.")
    doc = clean_doc(dump(DE_BODY[0], text, DE_BODY[1]), "captions")
    assert by_step(doc, "captions") == {}


# --- a picture's alt text right above its caption ------------------------------------------------

def test_alt_text_above_its_caption_is_a_caption():
    caption = "The plague wiped out half of Europe in the 14th century (Image: GETTY)"
    doc = clean_doc(dump(EN_BODY[0], "plague", caption, EN_BODY[1]), "captions")
    assert by_step(doc, "captions") == {3: ("caption", "plague"), 5: ("caption", caption)}
    credit = "Rep. Mark Meadows. | Alex Wong/Getty Images"
    doc = clean_doc(dump(EN_BODY[0], "Mark Meadows", credit, EN_BODY[1]), "captions")
    assert by_step(doc, "captions") == {3: ("caption", "Mark Meadows"), 5: ("caption", credit)}


def test_a_heading_above_a_caption_with_other_words_stays():
    caption = "The plague wiped out half of Europe in the 14th century (Image: GETTY)"
    doc = clean_doc(dump(EN_BODY[0], "The Black Death", caption, EN_BODY[1]), "captions")
    assert by_step(doc, "captions") == {5: ("caption", caption)}


# --- the last teaser of a bulleted list under a "Related" header -------------------------------

def test_last_item_of_a_related_list_above_the_body_is_a_teaser():
    page = "\n".join(["Related articles", "",
                      "  • Plague outbreak: China hit by ‘highly contagious’ pneumonic plague",
                      "  • Horror as plague of killer mosquitos are headed to Britain", "",
                      "However, the other 28 people have showed no signs or symptoms of the plague.", ""])
    doc = clean_doc(page, "related")
    assert [t for _, t in sorted(by_step(doc, "related").values())] == [
        "Horror as plague of killer mosquitos are headed to Britain", "Plague outbreak: China hit by ‘highly "
        "contagious’ pneumonic plague", "Related articles"]


def test_a_heading_under_a_related_teaser_still_introduces_the_body():
    # the teaser is no list item: the headline-like line above the prose is its heading
    page = dump("Related articles", "Plague outbreak: China hit by ‘highly contagious’ pneumonic plague",
                "Why the cases are isolated",
                "However, the other 28 people have showed no signs or symptoms of the plague.")
    doc = clean_doc(page, "related")
    kept = [b.text for b in doc.blocks if b.kept and b.text]
    assert kept[0] == "Why the cases are isolated"
