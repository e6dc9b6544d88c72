"""Shapes of the trafi dev pages, session 5 (quality, trafi): snippets quoted from the dev pages
(half A), through parse + run_steps(steps_until(STEP))."""
from __future__ import annotations

from cleaners.model import Block
from cleaners.steps.boilerplate import STOP, classify
from conftest import clean_doc
from test_steps import DE_BODY, by_step, dump, kept_texts

# --- a "read more" label standing alone heads a teaser run --------------------------------------

# (a farm weekly, 2022: the article's end, then "Lesen Sie mehr" over dated teasers)
TEASER = "Jugendverbände fordern Existenzgründungsprämie für Junglandwirte"
DATELINE = "vor 2 Monaten von Patrick Otte"
EXCERPT = ("Der Ring der Landjugend setzt sich für eine Prämie zur Existenzgründung ein. Maximal 70000€, über "
           "fünf Jahre gezahlt, sollen den Einstieg in die Landwirtschaft erleichtern.")


def test_related_read_more_label_heads_a_teaser_run():
    doc = clean_doc(dump("Heinen-Esser offen für Existenzgründungsprämie", *DE_BODY, "Lesen Sie mehr", TEASER,
                         DATELINE, EXCERPT), "related")
    removed = by_step(doc, "related")
    assert [r for r, _ in removed.values()] == ["related-links", "related-links"]
    assert [t for _, t in removed.values()] == ["Lesen Sie mehr", TEASER]
    # the body above stays; the teaser's dateline introduces text and is left to the later steps
    assert kept_texts(doc)[1:4] == DE_BODY and DATELINE in kept_texts(doc)


def test_related_read_more_inside_a_sentence_is_no_header():
    line = "Lesen Sie mehr über die Förderung im Bericht des Ministeriums, der am Montag erschienen ist."
    doc = clean_doc(dump("Heinen-Esser offen für Existenzgründungsprämie", *DE_BODY, line, TEASER), "related")
    assert line in kept_texts(doc) and TEASER in kept_texts(doc)


# --- a caption printed three times --------------------------------------------------------------

# (a news live blog, 2021: a video's alt text, title and caption on adjacent lines, no blank line)
EN_PARA = [
    "Meghan said there was concern within the royal family about her baby's skin tone, and Harry "
    "condemned his relatives for failing to criticize the tabloids' coverage of his wife.",
    "\"That was relayed to me from Harry. Those were conversations that family had with him,\" Meghan "
    "added, declining to reveal who was involved in the discussions.",
]
VIDEO = "Meghan reveals 'concerns' within royal family about her baby's skin color"


def test_captions_a_caption_printed_three_times_goes_each_time():
    page = f"Meghan and Harry interview\n\n{EN_PARA[0]}\n{VIDEO}\n{VIDEO}\n{VIDEO}\n{EN_PARA[1]}\n"
    doc = clean_doc(page, "captions")
    copies = [b for b in doc.blocks if b.text == VIDEO]
    assert len(copies) == 3 and all(b.reason == "caption" for b in copies)
    assert EN_PARA[0] in kept_texts(doc) and EN_PARA[1] in kept_texts(doc)


def test_captions_a_later_copy_after_a_blank_line_is_not_the_caption():
    # the third copy stands apart (a blank line above it): the captions step leaves it to the duplicates step
    page = f"Meghan and Harry interview\n\n{EN_PARA[0]}\n{VIDEO}\n{VIDEO}\n\n{VIDEO}\n\n{EN_PARA[1]}\n"
    doc = clean_doc(page, "captions")
    assert [b.reason for b in doc.blocks if b.text == VIDEO] == ["caption", "caption", None]


# --- a list printed with text markers runs on under the body -------------------------------------

# (a Polish daily, 2021: the body's closing list, its bullets printed as "?", under a copyright line)
PL_TITLE = "Unijne fundusze coraz bliżej. Sejm zagłosował"
PL_BODY = [
    "Na razie w KPO rola komitetu jest opisana dosyć enigmatycznie. Ma on się skupiać na monitorowaniu i "
    "opiniowaniu samego procesu realizacji projektów i reform założonych w KPO, ma też m.in. przygotowywać "
    "działania naprawcze, gdyby coś szło nie tak.",
    "Jak wynika z naszych informacji, w lipcu lub sierpniu Sejm zajmie się odrębną ustawą wdrażającą KPO. "
    "Decyzję o ratyfikacji musi jeszcze podjąć Senat.",
    "Na co pójdą pieniądze z UE",
    "? Najwięcej pieniędzy, bo aż 60 proc., ma trafić na zieloną transformację, w tym program „Czyste "
    "powietrze\" – 3,2 mld euro. 2,8 mld euro na zielone inwestycje w miastach (np. mała retencja, "
    "rewitalizacja), a 1,2 mld euro na pasywne budownictwo mieszkaniowe.",
    "? W ramach walki ze zmianami klimatu ok. 3,3 mld euro trafi na budowę morskich farm wiatrowych, "
    "2,4 mld euro – na modernizację linii kolejowych, a ponad 2 mld euro na niskoemisyjny transport w miastach.",
]
PL_LIST_END = ["? Dużymi projektami są rozwój sieci 5G (1,4 mld zł)", "i sieci szerokopasmowego internetu (1,1 mld euro).",
               "? Na ochronę zdrowia przeznaczono 4,5 mld zł", "? Na lepszą konkurencyjność gospodarki – 4,7 mld euro."]
PL_FOOT = ["© Licencja na publikację", "© ℗ Wszystkie prawa zastrzeżone"]


def test_body_a_list_with_text_markers_runs_on_under_the_body():
    doc = clean_doc(dump(PL_TITLE, *PL_BODY, *PL_LIST_END, *PL_FOOT), "boilerplate")
    assert kept_texts(doc) == [PL_TITLE, *PL_BODY, *PL_LIST_END]
    assert all(b.reason == "widget" for b in doc.blocks if b.text in PL_FOOT)


def test_body_lines_without_the_marker_do_not_run_on():
    # the same figures without the body's marker: lines that end no sentence, not a list going on
    plain = [t.lstrip("? ") for t in PL_LIST_END]
    doc = clean_doc(dump(PL_TITLE, *PL_BODY, *plain, *PL_FOOT), "boilerplate")
    assert plain[0] not in kept_texts(doc) and plain[2] not in kept_texts(doc)


# --- the headline region around a short run of prose under the headline --------------------------

# (a sailing blog, 2020: a short post, its last lines low in stop words, then the comment form;
# further down a teaser's prose scores more than the post's one paragraph)
POST_HEAD = "»Haltet unsere Gewässer sauber!«"
POST = [
    "Plakatwettbewerb Haltet unsere Gewässer sauber! Und noch mal was mit Wasser:",
    POST_HEAD,
    "Der Plakatwettbewerb für Kinder",
    "findet in 2020 bereits zum 6. Mal statt. Kinder zwischen 6 und 12 Jahren sind aufgerufen, sich am "
    "Wettbewerb zu mit ihren bunten und kreativen Ideen zu beteiligen.",
]
POST_END = ["Gestalte ein Plakat unter dem Motto: »Haltet unsere Gewässer sauber!«",
            "Mach Dir Gedanken dazu und sende Deine Botschaft -bis 3. April- an die",
            "Berliner*innen und ihre Besucher."]
POST_FOOT = ["Schreibe einen Kommentar",
             "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
             "Name *", "E-Mail *", "Website", "Verwandte Beiträge", "Infos",
             "Mach Berlin clean – Trink Leitungswasser"]
TEASER_PROSE = ("Mach Berlin clean – Trink Leitungswasser Was ist schlauer – statt Wasserflaschen aus Glas in "
                "Kisten, quietschende Plastikflaschen-Packs herum wuchten und dann 4 Treppen hoch stemmen, oder: "
                "Einfach den Wasserhahn öffnen und das Wasser aus der Leitung trinken, das in Berlin von sehr "
                "guter Qualität ist und nichts kostet.")


def post_page(end: list[str], teaser: str = TEASER_PROSE) -> str:
    return (f"{POST_HEAD} - Der SeglerBlog aus Berlin\n\nNavigation umschalten\n\n{POST_HEAD}\n\n"
            f"Veröffentlicht von SeglerBlog am 23. Februar 2020\n\n" + "\n\n".join(POST) + "\n\n"
            + "\n".join(end) + "\n\n" + "\n\n".join(POST_FOOT) + f"\n\n{teaser}\n")


def test_body_the_headline_region_around_the_run_under_the_headline():
    doc = clean_doc(post_page(POST_END), "boilerplate")
    kept = kept_texts(doc)
    # the post's last lines (no stop-word-rich prose) stand in the headline region: they stay
    assert all(t in kept for t in POST[3:] + POST_END)
    assert TEASER_PROSE not in kept and "Schreibe einen Kommentar" not in kept


def test_body_a_region_with_fewer_words_than_the_best_run_scores_stays_out():
    # the post's end cut to one line and a longer teaser: the region holds fewer words than the
    # teaser's prose scores, so only the run under the headline is the body
    longer = TEASER_PROSE + " Übrigens ist das Wasser aus der Leitung auch noch viel besser für die Umwelt und das Klima."
    doc = clean_doc(post_page(POST_END[1:2], longer), "boilerplate")
    assert POST[3] in kept_texts(doc) and POST_END[1] not in kept_texts(doc)


# --- sentences ending in ":" are prose -----------------------------------------------------------

# (a sports federation's news item, 2022: a paragraph whose last sentence announces an address)
ORDER = ("Ab sofort kann der Levelpass bestellt werden. Die Bestellung kann per E-Mail, postalisch oder "
         "telefonisch erfolgen unter:")
COSTS = ("Die Kosten für den Levelpass belaufen sich auf zwei Euro pro Exemplar. Die Gesamtsumme der Bestellung "
         "ist auf folgendes Konto zu überweisen:")
ADDRESS = ["Deutscher Schwimm-Verband e.V.", "Abteilung Wettkampfsport Synchronschwimmen", "Frau Simone Stensen",
           "Korbacher Str. 93", "34123 Kassel", "E-Mail: stensen@dsv.de",
           "Telefon: 0561 940 83-14 (Montag bis Donnerstag 08.30 Uhr bis 13.30 Uhr)"]
ACCOUNT = ["Deutscher Schwimm-Verband e.V.", "IBAN: DE54 5205 0353 0002 0650 69",
           "Kasseler Sparkasse (BIC/SWIFT: HELADEF1KAS)"]
CLOSING = ("Bei der Zahlung müssen das Stichwort „Levelpass“ und der bestellende Verein angegeben werden. Nach "
           "Eingang der Gebühr wird der Pass ausgeliefert.")


def test_body_sentences_ending_in_a_colon_are_prose():
    assert classify(Block(1, ORDER), STOP["de"]) == "good" and classify(Block(1, COSTS), STOP["de"]) == "good"
    # one clause ending in ":" alone is no more than before: a label, a kicker, a list's intro
    assert classify(Block(1, "Für die Bestellung sind folgende Angaben erforderlich:"), STOP["de"]) == "bad"


def test_body_a_paragraph_announcing_an_account_keeps_the_body_going():
    page = "\n".join(["Levelpässe für das Synchronschwimmen können ab sofort bestellt werden", "", *DE_BODY, ORDER,
                      *ADDRESS, COSTS, *ACCOUNT, CLOSING, "", "...zurück", "Quicklinks", "Termine / Ausschreibungen"])
    kept = kept_texts(clean_doc(page + "\n", "boilerplate"))
    assert ORDER in kept and COSTS in kept and CLOSING in kept


# --- the headline region running into the best run -------------------------------------------

# (a club's minutes, 2019: the first items are short lines; the best run starts further down,
# inside the run of lines standing under the headline, and goes on past it)
MINUTES = "Protokoll der Vorstandssitzung vom 10. Oktober 2019"
MINUTES_TOP = [
    "Zeit und Ort: 15.00 – 16.45 bei revamp-it, Röschibachstr. 24-26, 8037 Zürich",
    "Teilnehmende Vorstandsmitglieder: Daniel Sieber, Hans Leuenberger, Johannes Mahler",
    "Weitere Teilnehmende: Andreas Rudin", "Protokoll: Johannes Mahler", "",
    " 1. Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019", "    akzeptiert", " 2. Statuten",
    "    Wir wollen eine Formulierung finden, über die die Mitglieder abstimmen können. Daniel macht eine Vorlage.",
    " 3. Extra-Newsletter an Mitglieder bezügl. Mitgliederbeitrag",
    "    Andreas richtet eine Online-Abstimmung ein, bei der jedes Mitglied den selbstgewählten "
    "Franken/Talent-Jahresbeitrag eintragen kann.",
    "    Alle Mitglieder erhalten per Mail die Aufforderung dazu.",
    "    Anschliessend werden die Mitgliederbeiträge in Talent online im Cyclos verbucht, für Mitgliederbeiträge "
    "in Franken werden Mails mit entsprechenden Rechnungen verschickt.",
    " 4. Negativ-Bilanz von Talent Schweiz bei der Clearing-Stelle Za:rt",
    "    – Daniel klopft bei Give&Get und bei Tauschen am Fluss an und bittet, dass beide Tauschkreise ihre "
    "Mitglieder darauf aufmerksam machen, dass sie auch bei Talent einkaufen können.",
    "    – Johannes macht das gleiche bei Benevol.",
    " 5. Buchhaltung 2019", "    Johannes meldet sich bei Andreas um mitzuhelfen.",
    " 6. Neue Mitglieder",
    "    In letzter Zeit sind regelmässig neue Mitglieder zu Talent gekommen. Wir sind aktuell bei der "
    "Mitgliedernummer 1999ts. Johannes macht Telefone zu den neuen Mitgliedern wie’s geht und ob sie schon "
    "etwas gemacht haben. Neue Mitglieder der Region Zürich und Bodensee übernimmt Hans.",
    " 8. Termine",
    "    – 2. November 2019: Forum Neustart Schweiz, Basel",
    "    – 9. November 2019: 3. Öffentlicher Schweizer Wirtschaftsgipfel, Bern",
    " 9. Regionalgruppe Zürich Obersee",
    "    Hans redet mit der Frau, welche am Zürich Obersee Kanton Schwyz eine Regionalgruppe machen möchte. Da "
    "auch im Kanton Glarus Ideen für eine Regionalgruppe existieren, wäre es am besten, wenn daraus eine "
    "gemeinsame Gruppe entstehen könnte.",
]
MENU_TOP = ["Springe zum Inhalt", "", "TALENT Schweiz", "Suchen", "Menü", "  • Neuigkeiten", "  • Verein",
            "  • Mitgliederbereich", "  • Kontakt", "  • FORUM", "  • Veranstaltungen", "  • Suchen", ""]


def minutes_page() -> str:
    return "\n".join([f"{MINUTES} – TALENT Schweiz", "", *MENU_TOP, MINUTES, "", "26/12/2019 von revamp-it Webteam",
                      "", *MINUTES_TOP, "", "Kategorien News", "Beitrags-Navigation", ""])


def test_body_the_headline_region_running_into_the_best_run_starts_the_body():
    kept = kept_texts(clean_doc(minutes_page(), "boilerplate"))
    # the first items (short lines) stand between the headline and the best run: they stay
    assert "1. Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019" in kept and "akzeptiert" in kept
    assert MINUTES_TOP[-1].strip() in kept and "Neuigkeiten" not in kept
