"""Body selection at the body's edges and inside it (session 4): a tail of sentences low in stop
words before the next furniture line, and a box of story links set between two paragraphs.
Snippets quoted from the dev pages, through parse + run_steps(steps_until("boilerplate"))."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import DE_BODY, EN_BODY, by_step, dump, kept_texts

TITLE = "Nadal keeps Spain alive against Russia in Davis Cup Finals"

# --- a tail of sentences under the body, up to the next furniture line, is article text --------

RESULTS = [
    "The Group E victory came after Mikhail Kukushkin and Alexander Bublik defeated Robin Haase and "
    "Jean-Julien Rojer 6-4, 7-6 (2). Kukushkin had beaten Botic van de Zanschulp 6-2, 6-2, while Haase "
    "defeated Bublik 7-5, 3-6, 7-6 (5).",
    "\"I almost died there,\" Bublik said, jokingly.",
    "AUSTRALIA AHEAD",
    "Australia beat Colombia behind Nick Kyrgios’ 6-4, 6-4 win over Alejandro Gonzalez and Alex de "
    "Minaur’s 6-4, 6-3 victory over Daniel Elahi Galan.",
    "Colombia had lost to Belgium on Monday.",
]
RELATED = ["Related Posts", "Epic singles wins give Canada best Davis Cup Finals start imaginable"]


def test_body_a_tail_of_sentences_before_furniture_stays():
    # match results are figures more than stop words (low density: "bad"), but every line is a
    # sentence or a short heading and furniture follows: the report's end, not a sidebar
    doc = clean_doc(dump(TITLE, *EN_BODY, *RESULTS, *RELATED), "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY, *RESULTS]
    assert set(r for r, _ in by_step(doc, "related").values()) == {"related-links"}


def test_body_a_tail_of_headlines_still_goes():
    # teasers (headlines, no sentence end) under the body are no tail of the article
    teasers = ["Shapovalov, Pospisil give Canada a pair of upsets over Italy at Davis Cup",
               "Vandeweghe, Giron earn USTA wild cards for Australian Open",
               "Historic win at Davis Cup has Canada set up well for quarterfinals"]
    doc = clean_doc(dump(TITLE, *EN_BODY, *teasers, *RELATED), "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY]
    assert {r for r, t in by_step(doc, "boilerplate").values()} == {"related-links"}


def test_body_a_tail_at_the_page_end_is_not_joined():
    # nothing closes the tail (the dump ends): no furniture line vouches that the lines belong
    # to the article rather than to the page's footer
    doc = clean_doc(dump(TITLE, *EN_BODY, *RESULTS), "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY]


# --- a box of story links between two paragraphs goes ---------------------------------------

BBC_BODY = [
    "Normally, about 25 bodies a week are interred on the island, according to the Associated Press "
    "news agency, and the work is done by prisoners from the city's main jail.",
    "But burial operations have increased from one day a week to five days a week, with around 24 "
    "burials each day, the city's Department of Correction said on Thursday.",
    "Prisoners from Rikers Island, the city's main jail complex, usually do the job, but the rising "
    "workload has resulted in contractors being brought in to help.",
]
LINKS = ["One virus, two Americas", "Four out of five jobs affected by virus globally"]


def test_body_story_links_between_paragraphs_go():
    page = "Coronavirus: New York ramps up mass burials amid outbreak\n\n" + \
        "\n\n".join(BBC_BODY[:2]) + "\n\n" + "\n".join(f"  • {t}" for t in LINKS) + "\n\n" + BBC_BODY[2] + "\n"
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[1:] == BBC_BODY
    assert sorted(by_step(doc, "boilerplate").values()) == [("related-links", t) for t in sorted(LINKS)]


def test_body_a_list_continuing_the_sentence_stays():
    # items that start lower case continue the paragraph ("Positive Leadership ... macht ...,
    # stärkt ..."): a list of the article, not links
    items = ["macht regelmäßig Freude, Interesse und andere positive Emotionen erlebbar",
             "stärkt Motivation und Engagement durch den Fokus auf Stärken",
             "legt Wert auf ein konstruktives, vertrauensvolles Miteinander"]
    page = "Windkraft: Bundesregierung beschleunigt den Ausbau\n\n" + "\n\n".join(DE_BODY[:2]) + "\n\n" + \
        "\n".join(f"  • {t}" for t in items) + "\n\n" + DE_BODY[2] + "\n"
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[1:] == [*DE_BODY[:2], *items, DE_BODY[2]]


def test_body_an_announced_list_between_paragraphs_stays():
    # a paragraph ending in ":" announces the items: they are the article's list
    intro = "Three reports from the city give a fuller picture of the outbreak and its toll:"
    page = "Coronavirus: New York ramps up mass burials amid outbreak\n\n" + "\n\n".join(BBC_BODY[:2]) + \
        "\n\n" + intro + "\n" + "\n".join(f"  • {t}" for t in LINKS) + "\n\n" + BBC_BODY[2] + "\n"
    doc = clean_doc(page, "boilerplate")
    assert all(t in kept_texts(doc) for t in LINKS)


# --- a headline in capitals between two paragraphs is a link to another story -----------------

FOX_BODY = [
    "Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest judge’s verdict so "
    "far this season” after a tight race against the other couples on Monday.",
    "Van Der Beek revealed the news of the miscarriage in a video package earlier in the episode, noting "
    "that he and his wife had gone through every parent's worst nightmare.",
    "The news of the miscarriage came a month after Van Der Beek announced that Kimberly was expecting "
    "on a previous episode of the show, which had delighted the audience.",
]


def test_body_a_capitals_headline_between_paragraphs_goes():
    pointer = "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"
    page = dump("James Van Der Beek eliminated from 'Dancing with the Stars'", FOX_BODY[0], FOX_BODY[1],
                pointer, FOX_BODY[2])
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[1:] == FOX_BODY
    assert list(by_step(doc, "boilerplate").values()) == [("related-links", pointer)]


def test_body_a_short_capitals_subheading_stays():
    # "KAZAKHSTAN WINS AGAIN": a sub-heading of the report (five words or fewer), not a link
    page = dump(TITLE, *EN_BODY[:2], "KAZAKHSTAN WINS AGAIN", EN_BODY[2])
    doc = clean_doc(page, "boilerplate")
    assert "KAZAKHSTAN WINS AGAIN" in kept_texts(doc)


# --- a list's plain lines end at the next list intro ------------------------------------------

MILK_INTRO = ("Aufgrund der hohen wirtschaftlichen Belastung wurden unterschiedliche Verfahren zur Überwachung "
              "der Eutergesundheit entwickelt, die nur in ihrer Gesamtheit Sicherheit schaffen:")
MILK_PLAIN = ["a) Überwachung der Viertelgemelke durch visuelle Prüfung oder mit Sensoren,",
              "b) Überwachung der somatischen Zellen im Rahmen der Milchleistungsprüfung,",
              "d) Bedarfsabhängige Nutzung von Analysegeräten zur Zellzahl-Bestimmung.",
              "Stoffwechsel überwachen"]
MILK_INTRO2 = "Zur Beurteilung der Stoffwechselleistung der Milchkühe kann der Landwirt verschiedene Indikatoren nutzen:"
MILK_BULLETS = ["Fett-Eiweiß-Verhältnis und Harnstoffgehalt aus der Milchleistungsprüfung,",
                "Body Condition Score (BCS)- Beurteilung oder Rückenfettdicken-Messung,",
                "regelmäßige Gewichtsermittlung,",
                "Wiederkauverhalten und Kotkonsistenz."]


def test_body_a_second_announced_list_joins_after_the_first():
    # the plain lines of the first list stop at the second intro, which announces the bullets:
    # both lists join the body (before, the second intro was read as a line of the first list
    # and its bullets were left out)
    page = ("Precision Farming: Moderne Sensortechnik im Kuhstall\n\n" + "\n\n".join(DE_BODY) + "\n" + MILK_INTRO
            + "\n" + "\n".join(MILK_PLAIN) + "\n" + MILK_INTRO2 + "\n\n" + "\n".join(f"  • {t}" for t in MILK_BULLETS)
            + "\n\nDrucken\n\nWeiterempfehlen\n\nAktuelle Berichte aus dieser Kategorie:\n\nSuche\n")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[1:] == [*DE_BODY, MILK_INTRO, *MILK_PLAIN, MILK_INTRO2, *MILK_BULLETS]


# --- a list item is never the title candidate ---------------------------------------------------

PT_MENU = ("Menu - Notícias da Fórmula 1 Notícias da Fórmula Indy Notícias da MotoGP Notícias da Stock Car "
           "Notícias da NASCAR Notícias de Automobilismo Nacional")


def test_body_a_menu_item_first_is_not_kept_as_the_title():
    # the page's <title> line goes as navigation (" | F1 | Indy |"); the first kept line is then a
    # long menu entry printed as a bullet: a menu entry, not the title
    page = ("Calendário Stock Car 2018 | Autoracing | F1 | Indy | MotoGP | Stock Car\n\n  • " + PT_MENU
            + "\n  • HOME\n\n" + "\n\n".join(EN_BODY) + "\n")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == EN_BODY
    assert by_step(doc, "boilerplate")[3] == ("related-links", PT_MENU)


# --- an author box ends the article -----------------------------------------------------------

PT_BODY = [
    "Eugênio: Estamos fazendo uma série de brincadeiras com o Serelepe, que é um trabalho que tenho aqui "
    "na universidade, na Escola de Belas Artes da UFMG.",
    "Prof. Carlos: Eles vão dar a vocês aí uma pequena amostra de algumas surpresas que estamos "
    "preparando para o blog Como Educar seus Filhos. Acompanhem aí!",
    "Eugênio: Olá, pessoal. Eu sou Eugênio Tadeu, do ex Duo Rodapião, cujo integrante, Miguel, "
    "infelizmente se foi. Mas aqui tenho dois companheiros muito bacanas, Reginaldo Santos e Gabriel Murilo.",
]
PT_BIO = ("Pai de Francesco e Teresa e marido de Bárbara, Carlos Nadalim é também coordenador pedagógico na "
          "escola Mundo do Balão Mágico, em Londrina, cidade onde mora. Junto com Arno Alcântara, é co-fundador "
          "do blog \"Como Educar seus Filhos\", em que publica vídeos, entrevistas e artigos com dicas para os pais.")
PT_TITLE = "Uma palinha das brincadeiras musicais do grupo Serelepe"


def test_body_an_author_box_goes():
    page = dump(PT_TITLE, *PT_BODY, "Sobre Carlos Nadalim", "Carlos Nadalim", PT_BIO, "Facebook", "Artigos relacionados")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [PT_TITLE, *PT_BODY]
    assert by_step(doc, "boilerplate")[13] == ("widget", PT_BIO)


def test_body_a_subheading_about_a_name_not_printed_again_stays():
    # "Sobre Carlos Nadalim" without the name in the next lines: a sub-heading of the article
    page = dump(PT_TITLE, *PT_BODY, "Sobre Carlos Nadalim", PT_BODY[0].replace("Eugênio", "Tadeu"), "Facebook")
    doc = clean_doc(page, "boilerplate")
    assert "Sobre Carlos Nadalim" in kept_texts(doc)


def test_body_a_box_header_inside_the_article_leaves_the_rest():
    # "Zur Person" with the article going on under it (a box set inside the text, its content
    # printed elsewhere): only a box at the body's end (header, name, bio) goes
    rest = [DE_BODY[0].replace("Bundesregierung", "Landesregierung"), "Leasing",
            DE_BODY[1].replace("zwei", "drei"), DE_BODY[2].replace("Bürger", "Anwohner"), "Für jeden etwas dabei",
            DE_BODY[0].replace("Montag", "Dienstag")]
    page = dump("Windkraft: Bundesregierung beschleunigt den Ausbau", *DE_BODY, "Zur Person", *rest, "Teilen")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[-len(rest):] == rest


def test_body_about_the_author_box_goes():
    page = dump(TITLE, *EN_BODY, "About the author",
                "Jane Doe is a sports writer based in Madrid who has covered tennis for the paper since 2009.",
                "Share on Facebook")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc) == [TITLE, *EN_BODY]


# --- a tag or category line inside the body is navigation ---------------------------------------

def test_body_tag_lines_inside_the_body_go():
    page = dump("Windkraft: Bundesregierung beschleunigt den Ausbau", DE_BODY[0], DE_BODY[1], "Kategorien: Infos",
                "Schlagworte: BerlinGewässerPlakatwettbewerbsauber", DE_BODY[2], "Teilen")
    doc = clean_doc(page, "boilerplate")
    assert kept_texts(doc)[1:] == DE_BODY
    assert by_step(doc, "boilerplate")[7] == ("navigation", "Kategorien: Infos")


def test_body_a_sentence_starting_like_a_tag_line_stays():
    line = "Themen: Die Regierung will den Ausbau beschleunigen, die Verbände begrüßen das Gesetz."
    page = dump("Windkraft: Bundesregierung beschleunigt den Ausbau", DE_BODY[0], line, *DE_BODY[1:], "Teilen")
    doc = clean_doc(page, "boilerplate")
    assert line in kept_texts(doc)
