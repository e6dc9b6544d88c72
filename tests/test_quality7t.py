"""Session 7 (quality7t): a shape read from half-A errors of the trafi pages, kept because the
trafi total rose and half B dropped on neither dataset. Real snippets; the case fails without
its rule, and its counterpart shows where it must not fire."""
from __future__ import annotations

from conftest import clean_doc
from test_steps import EN_BODY

# --- teaser cards ending the body: a picture's alt text (printed twice), then a headline --------

CARDS = [
    ("Young businesswoman reading emails on smartphone while riding on escalator",
     "Kraken vs. Coinbase: How Do They compare?"),
    ("Close up of businesswoman reading financial stock market analysis on smartphone on the go",
     "Best Crypto Exchanges"),
    ("Father multi-tasking with young son at kitchen table", "Binance vs. Coinbase: How Do They Compare?"),
    ("Close-up of businessman working in creative office", "Exodus vs. Coinbase: How Do They Compare?"),
]


PARAS = [
    "We’ve reviewed both platforms based on their supported currencies, security, fees, features, and more so "
    "you can decide which option is right for you.",
    "Coinbase is designed with beginners in mind, offering a simple interface for buying and selling "
    "cryptocurrency. They also have a user-friendly mobile app on both iOS and Android for access on the go.",
    "Since your account login information for both Coinbase and Coinbase Pro are connected, they both offer the "
    "same security features.",
    "Coinbase and Coinbase Pro store 98% of crypto assets offline in secure cold storage (not on the internet) "
    "and away from the prying eyes of online hackers.",
]


def card_page(cards, between: list[str] | None = None) -> str:
    lines = ["Coinbase vs. Coinbase Pro", ""]
    for p in EN_BODY:
        lines += [p, ""]
    lines += [' 2. FDIC. "Deposit Insurance FAQs."', ""]
    for k, (alt, head) in enumerate(cards):
        lines += [f"  • {alt} {alt}", f"    {head}"]
        if between:
            lines += ["", between[k], ""]
    lines += ["  • Kraken Review Kraken Review", "    Kraken Review", "  • Terms of Use", "  • Privacy Policy", ""]
    return "\n".join(lines)


def test_headlines_each_under_a_pictures_alt_text_ending_the_body_are_teasers():
    doc = clean_doc(card_page(CARDS), "boilerplate")
    heads = {h for _, h in CARDS}
    cards = [b for b in doc.blocks if b.text in heads]
    assert len(cards) == 4 and all((b.reason, b.step) == ("related-links", "boilerplate") for b in cards)
    assert all(b.kept for b in doc.blocks if b.text in EN_BODY)
    assert all(b.reason == "caption" for b in doc.blocks if b.text.startswith(CARDS[0][0]))


def test_sub_headings_under_pictures_with_paragraphs_between_stay():
    # an article's pictures, each above a section heading and its paragraph: no cards
    doc = clean_doc(card_page(CARDS, between=PARAS), "boilerplate")
    heads = {h for _, h in CARDS}
    assert [b.text for b in doc.blocks if b.text in heads and not b.kept] == []
    assert all(b.kept for b in doc.blocks if b.text in PARAS)
