"""Shapes of the trafi dev pages, session 5 (quality, body round 2): snippets quoted from the dev
pages (half A), through parse + run_steps(steps_until(STEP))."""
from __future__ import annotations

from cleaners.steps.boilerplate import FURNITURE, comment_form_row
from conftest import clean_doc
from test_steps import dump, kept_texts

# --- the headline printed again and again right under itself --------------------------------------

# (a pet shop's product page, 2020: the product's name once a picture, then the description, the
# shop's lines and the reviews; the longest review and a widget notice score more than the description)
PRODUCT = "Trixie Natura Kleintierstall mit Freilaufgehege"
SHORT_DESC = ("Kaninchenstall mit integriertem Freigehege im Unterbau. Aus stabilem Kiefernholz gefertigt mit "
              "herausziehbarem, kunststoffbeschichtetem Boden.")
SHOP = ["97,47 €", "UVP 129,00 € (-24,4%)", "inkl. MwSt.", "inkl. Versand zzgl. Versand", "48 PAYBACK Punkte"]
DESC = ("Der Kaninchenstall mit Freigehege sorgt durch die eingebaute Rampe jederzeit für einen Auslauf Ihres "
        "kleinen Lieblings. Er besitzt ein eingebautes Kleintierhaus und bietet Ihrem Tier einen Ort für eine "
        "ungestörte Ruhepause. Der Natura Stall lässt sich von oben sowie von vorne öffnen und ist mit einer "
        "verschließbaren Bodenluke ausgestattet.")
DETAILS = ["Artikeldetails:", "  • zweistöckig\n  • aus lasiertem Kiefernholz\n  • stabiles Metallgitter, pulverbeschichtet\n"
           "  • Dach mit besandeter Dachpappe\n  • inklusive Rückzugsmöglichkeit\n  • Dach von oben zu öffnen\n"
           "  • erweiterbar durch natura Freilaufgehege\n  • Maße: 104 × 97 × 52 cm",
           "Größenangaben\nMaße (Breite × Länge × Höhe): 104 × 52 × 97 cm", "Trixie", "Trixie Produkt-Sortiment:",
           "  • Trixie Kleintierställe\n  • Trixie Kleintierspielzeug\n  • Trixie Kleintierfutter"]
REVIEWS = ["Gesamtbewertung:", "5 von 5 Sternen", f"Kundenbewertungen für \"{PRODUCT}\"",
           "Verifizierte/r Tierfreund/in am 8.6.2020",
           "Super Artikel! Unsere Meerschweinchen fühlen sich sehr wohl darin", "Georg N. am 10.4.2020",
           "Alles Bestens. Kaninchen zufrieden, Tochter zufrieden. Ich bins auch. Danke dem Team von zoo royale.",
           "Herbert am 15.7.2010"]
REVIEW = ("Für dieses Geld kann man einen solchen Kaninchenstall kaum selber bauen. Nicht nur die Optik ist sehr "
          "schön - auch die Qualität und die praktischen Funktionen (verschließbare Bodenluke u. herausziehbarer "
          "Boden) haben mich sehr überzeugt. Der Stall ist einfach zu montieren und besteht aus sehr massivem Holz. "
          "Zum Geburtstag gibt's nun auch noch das Freilaufgehege :) Vielen Dank für die schnelle Lieferung!")
NOTICE = ("Die Funktionalität dieses Widgets hängt von der Einbindung eines Drittanbieters ab. Klicken Sie hier, "
          "falls Sie die Einstellungen zu den Drittanbieter-Einbindungen ändern möchten.")


def product_page(copies: int) -> str:
    return dump(f"{PRODUCT} bei ZooRoyal", "Kleintier", "Stall", *[PRODUCT] * copies, "Art.-Nr.: 1000017279",
                "(4)", SHORT_DESC, *SHOP, "Beschreibung", DESC, *DETAILS, *REVIEWS, REVIEW, NOTICE)


def test_body_the_anchor_window_starts_under_the_headlines_copies():
    doc = clean_doc(product_page(9), "boilerplate")
    kept = kept_texts(doc)
    # the nine copies no longer push the description out of the window under the headline
    assert SHORT_DESC in kept and DESC in kept
    assert REVIEW not in kept and NOTICE not in kept


def test_body_one_headline_copy_changes_nothing():
    # one copy: the description stands in the window anyway, the same body as with nine
    nine, one = (kept_texts(clean_doc(product_page(n), "boilerplate")) for n in (9, 1))
    assert SHORT_DESC in one and DESC in one and REVIEW not in one
    assert [t for t in nine if t != PRODUCT] == [t for t in one if t != PRODUCT]


# --- a best run below the comment form -----------------------------------------------------------

# (an astronomy magazine's photo community, 2019: one paragraph on the photo and its details, the
# comment form, then the site's sidebar: an "about the magazine" text and two book ads)
PHOTO = ("Nun nicht im Staub, sondern mit ausgeprägten Sternstrahlen (Optik abgeblendet auf Blende 5.6) und "
         "intensiv blauen Nebelgebieten. Die dichten Staub- und Molekülwolken die die Plejaden umgeben, sind hier "
         "kaum erkennbar.")
DETAILS_BOX = ["Detailangaben", "  • Kategorie: Erste Versuche\n  • Art der Aufnahme: Digitalfoto\n"
               "  • Optik: Teleobjektiv\n  • Brennweite in mm: 180\n  • ISO-Zahl: 640\n  • Zeitzone: MESZ\n"
               "  • Ort: Kasberg im Frankenland\nZurück\nWeiter"]
FORM = ["Hinterlasse jetzt einen Kommentar", "Kommentar hinterlassen", "E-Mail Adresse wird nicht veröffentlicht.",
        "Kommentar", "Name*", "E-Mail*", "Webseite"]
ABOUT = ("Abenteuer Astronomie war eine Zeitschrift für praktische Astronomie in deutscher Sprache. Sie galt als "
         "Nachfolger des langjährigen Magazins Interstellarum. Beeindruckende Bilder und Fakten aus der Welt der "
         "Sterne, Hinweise auf aktuelle Himmelsereignisse, Anregungen für Einsteiger und fortgeschrittene "
         "Hobby-Astronomen sowie Hintergründiges und Unterhaltsames aus der Astroszene zeichneten das Blatt aus. Im "
         "Dezember 2018 erschien die letzte Ausgabe. Astroshop.de, der führende Teleskop-Fachhändler in Europa, "
         "führt die Website des Magazins jetzt weiter. Melden Sie sich an und werden Sie aktiv in der Community!")
BOOK = ("Das Buch Astronomie für Einsteiger ist ein Ratgeber, für alle, die gerne tief in die Hobbyastronomie "
        "einsteigen wollen. Von der Orientierung am Sternenhimmel bis zur Astrofotografie: hier ist alles drin.")
ATLAS = ("Sie wollen Deep-Sky-Objekte am Himmel finden, fragen sich aber wo? Mit dem Atlas für Himmelsbeobachter "
         "finden Sie die 250 interessantesten Sternhaufen, Nebel und Galaxien. Damit stehen Sie nie mehr ratlos "
         "unter dem Sternenhimmel.")


def photo_page(form: list[str]) -> str:
    return dump("Plejaden, M45 - Abenteuer Astronomie", "Startseite", "Astro-Bilder", "Plejaden, M45",
                "September 17, 2019 Helmut Rubik 0", PHOTO, *DETAILS_BOX, *form, "Abenteuer Astronomie", ABOUT,
                "Geeignete Bücher für den Start", BOOK, "Jetzt bestellen", ATLAS, "Jetzt bestellen")


def test_body_a_best_run_below_the_comment_form_loses_to_the_run_under_the_headline():
    doc = clean_doc(photo_page(FORM), "boilerplate")
    kept = kept_texts(doc)
    assert PHOTO in kept
    # the sidebar under the comment form leaves, the form's lines with their own reason
    assert not {ABOUT, BOOK, ATLAS} & set(kept)
    assert {b.text: b.reason for b in doc.blocks}["Name*"] == "comment-form"


def test_body_the_comment_form_row_is_the_comments_steps_first_form_line():
    # the form's header and notice are still kept when the body is chosen: its first line the
    # comments step removed marks where the comment section stands
    doc = clean_doc(photo_page(FORM), "bylines")
    rows = [b for b in doc.blocks if b.text and (b.kept or b.reason in FURNITURE)]
    k = comment_form_row(rows, 0, len(rows))
    assert k is not None and rows[k].text == "Kommentar" and rows[k].step == "comments"
    assert comment_form_row(rows, k + 1, k + 1) is None
