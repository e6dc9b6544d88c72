"""The HTML pre-pass rules, as data: which elements are furniture, and why.

Read by :mod:`cleaners.html`. Nothing here names a site or a page: the rules match
HTML semantics (tags, ARIA roles) and the words templates use in ``class``/``id``
(``share``, ``related``, ``comments``, ...). Edit a list, then run
``python benchmarks/quality.py --path html`` and ``pytest tests/test_html.py``.

Two tiers:

* REMOVE rules take an element out *before* trafilatura sees the page; its visible
  text becomes one ``removed`` record with the rule's reason. They must be safe:
  an element that holds the article (an ``h1``, ``article``, ``main``, or most of
  the page's paragraph text) is never removed (see ``PROTECT_*``).
* HINT rules only explain: text that trafilatura left out and that sits inside an
  element matching a hint gets the hint's reason in its record; text with no hint
  gets a reason from its shape (:func:`cleaners.html.shape_reason`).
"""
from __future__ import annotations

# Never visible text: dropped silently, no record (scripts, styles, templates, media).
SILENT_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "link", "meta", "head", "video", "audio", "source", "track", "map", "math", "select", "option",
    "input", "textarea",
})
# Silent for the audit walk but left in the page trafilatura reads: noscript often holds the
# article on script-rendered pages (lexbor reads its content as text, lxml as HTML).
KEEP_FOR_EXTRACTOR = frozenset({"script", "noscript"})
# Scripts are dropped except JSON-LD (trafilatura reads an articleBody there when the page has no body).
KEEP_SCRIPTS_NOT = "script:not([type*='json'])"
# Inline style fragments that hide an element (after removing spaces, lower case).
HIDDEN_STYLES = ("display:none", "visibility:hidden")

# Elements whose content flows into the surrounding block (everything else starts a block).
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "del",
    "ins", "img", "label", "big", "strike", "nobr", "acronym",
})
BREAK_TAGS = frozenset({"br"})

# --- REMOVE tier -------------------------------------------------------------------------
# (tag, reason): the element is furniture by its tag alone.
REMOVE_TAGS = {
    "nav": "navigation",
    "figcaption": "caption",  # the caption text goes to metadata `captions`
    "form": None,             # a form is furniture only when it matches a class rule below
}
# ARIA roles (attribute role=...) -> reason.
REMOVE_ROLES = {
    "navigation": "navigation",
    "banner": "navigation",
    "contentinfo": "navigation",
    "complementary": "widget",
    "search": "navigation",
    "dialog": "widget",
    "alertdialog": "widget",
}
# Page-level header/footer/aside (not inside article/main) -> reason.
REMOVE_OUTSIDE_ARTICLE = {
    "header": "navigation",
    "footer": "navigation",
    "aside": "widget",
}
# class/id tokens (split on white space, lower case). A token matches a pattern when it
# equals it, or starts with it followed by "-" or "_", or ends with "-"/"_" + it.
# Order matters: the first matching reason wins.
REMOVE_TOKENS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("share-widget", ("share", "shares", "sharing", "sharebar", "share-buttons", "social-share",
                      "sharedaddy", "addthis", "addtoany", "a2a", "shariff", "social-buttons",
                      "social-icons", "social-links", "socialbar", "print-button")),
    ("related-links", ("related", "related-posts", "related-articles", "relatedposts", "yarpp",
                       "jp-relatedposts", "more-stories", "read-more-links", "recommended",
                       "recommendations", "outbrain", "taboola", "also-read", "read-next",
                       "readnext", "trending", "most-popular", "popular-posts", "mostread",
                       "most-read")),
    ("comment-form", ("comments", "comment-respond", "respond", "comment-form", "commentform",
                      "comment-list", "commentlist", "disqus_thread", "disqus", "reply-form",
                      "comments-area", "comment-section")),
    ("navigation", ("breadcrumb", "breadcrumbs", "skip-link", "skiplink", "skip-to-content",
                    "navbar", "nav-menu", "menu", "main-menu", "mainmenu", "site-nav",
                    "site-navigation", "pagination", "post-navigation", "tags", "tag-list",
                    "post-tags", "categories")),
    ("widget", ("advert", "advertisement", "ad-slot", "ad-container", "adsbygoogle", "ad-unit",
                "banner-ad", "dfp", "sponsored", "newsletter", "subscribe", "subscription",
                "signup", "cookie", "cookies", "cookie-banner", "consent", "gdpr", "popup",
                "modal", "paywall", "sidebar", "promo", "author-bio")),
)
# Never remove an element that contains one of these (it holds the article) ...
PROTECT_SELECTORS = ("h1", "[itemprop=articleBody]")
# ... nor the element that holds the most paragraph text (html.main_path; paragraphs of at
# least this many characters count) or one of its ancestors ...
# ... or that holds at least this share of the page's paragraph text (when the page has
# at least PROTECT_MIN_CHARS of it).
MAIN_MIN_PARAGRAPH_CHARS = 80
PROTECT_SHARE = 0.4
PROTECT_MIN_CHARS = 500

# --- HINT tier -------------------------------------------------------------------------------
# Substrings of class/id (lower case) that explain why trafilatura left text out.
HINT_SUBSTRINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("comment-form", ("comment", "respond", "reply", "disqus")),
    ("share-widget", ("share", "social", "sharing")),
    ("related-links", ("related", "recommend", "teaser", "more-", "popular", "trending")),
    ("navigation", ("nav", "menu", "breadcrumb", "header", "footer", "masthead", "pagination")),
    ("widget", ("ad-", "ads", "advert", "promo", "banner", "newsletter", "subscribe", "cookie",
                "sidebar", "widget")),
)
# Tags that explain trafilatura's drop by themselves.
HINT_TAGS = {"header": "navigation", "footer": "navigation", "nav": "navigation", "aside": "widget",
             "form": "widget"}

# --- captions -------------------------------------------------------------------------------
# An image alt text is a caption when it has at least this many words and is not a
# file name or a placeholder.
ALT_MIN_WORDS = 2
ALT_PLACEHOLDERS = ("image", "photo", "picture", "logo", "icon", "avatar", "thumbnail", "placeholder")

# When figcaptions hold at least this share of the page's visible text, the page is a
# gallery whose captions are the story: they stay in the page.
GALLERY_CAPTION_SHARE = 0.2

# --- metadata ---------------------------------------------------------------------------------
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")
DATE_SELECTORS = (
    ("meta[property='article:published_time']", "content"),
    ("meta[itemprop='datePublished']", "content"),
    ("meta[name='date']", "content"),
    ("meta[name='dc.date']", "content"),
    ("meta[name='DC.date.issued']", "content"),
    ("meta[name='pubdate']", "content"),
    ("[itemprop='datePublished']", "datetime"),
    ("time[datetime]", "datetime"),
)
AUTHOR_SELECTORS = (
    ("meta[name='author']", "content"),
    ("meta[property='article:author']", "content"),
    ("[itemprop='author'] [itemprop='name']", None),
    ("[itemprop='author']", None),
    ("[rel='author']", None),
)

# --- audit ----------------------------------------------------------------------------------
# A rendered piece shorter than this (non-space characters) counts as kept only when it is a
# whole output block; a longer one also when it sits inside one (trafilatura joins inline runs).
AUDIT_SUBSTRING_MIN_CHARS = 30

# --- extraction -----------------------------------------------------------------------------
# trafilatura.bare_extraction options. Never deduplicate=True: its cache is process-global,
# so output would depend on which pages ran before.
TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=True, deduplicate=False,
                           with_metadata=False)
# trafilatura runs in fast mode (no readability/jusText comparison) first, and again in
# full mode when the fast output has less than this share of the page's visible text left
# after the pre-pass (None: always full mode). Dev pages: full mode always gives trafi F1
# 0.937, this rule 0.935, fast mode alone 0.928; the rule takes ~40% less trafilatura time.
FULL_MODE_BELOW: float | None = 0.3
# Inline wrappers unwrapped (text kept) before trafilatura parses the page: it never uses them.
UNWRAP_FOR_EXTRACTOR = ("span", "font")
# trafilatura's output is "too little" (the fallback renders the page instead) when it
# has fewer than this many characters while the page's visible text has at least
# FALLBACK_FACTOR times more.
FALLBACK_MIN_CHARS = 250
FALLBACK_FACTOR = 4
# A page still larger than this after the pre-pass (serialised characters) skips
# trafilatura (minutes on 50 MB) and takes the fallback, which is linear.
MAX_EXTRACT_CHARS = 4_000_000
