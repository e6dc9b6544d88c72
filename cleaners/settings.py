"""Every threshold the cleaners use, named in one place.

Change a number here, run ``make test`` (seed goldens) and
``python benchmarks/quality.py`` (F1 on the eval pages) before committing.
"""

# --- parsing -------------------------------------------------------------
# A dump is "hard-wrapped" when most of its long lines end near one width.
WRAP_MAX_WIDTH = 120          # wider than this is never a fixed wrap width
WRAP_MIN_LINES = 8            # too few lines to tell
WRAP_NEAR_FRACTION = 0.75     # a line is "near the width" when len >= this * width
WRAP_MIN_SHARE = 0.5          # share of non-blank lines near the width
WRAP_MAX_ENDED_SHARE = 0.35   # of those near the width, at most this share end a sentence
# A dump not wrapped as a whole can hold a paragraph run wrapped at a width (textparse.local_wraps):
WRAP_LOCAL_MIN_LINES = 4      # lines of the run, no blank line between (3 of them going on the line above)
WRAP_LOCAL_MIN_WIDTH = 50     # a narrower run is a menu or a poem, not a wrapped paragraph
WRAP_LOCAL_LOWER_SHARE = 0.5  # of the lines going on, at least this share start in lower case
WRAP_LOCAL_MIN_WORDS = 6      # a wrapped line above a line going on holds this many words (a link list's do not)

# --- structure (title and headings) ---------------------------------------
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
HEADING_MAX_WORDS = 20
HEADING_MAX_CHARS = 200
# A line ending in ":" is a heading only when it is short or Title Cased.
COLON_HEADING_MAX_WORDS = 3
TITLE_CASE_MIN_SHARE = 0.6    # share of longer words that start upper case
# A block "introduces body text" when the next kept block has at least this many words.
BODY_MIN_WORDS = 8
# A later headline-like block whose words are a run of the title's words, covering at
# least this share of the title, is a duplicate of the title.
TITLE_COPY_MIN_SHARE = 0.5
TITLE_COPY_MIN_WORDS = 3

# --- related links ----------------------------------------------------------
TEASER_MAX_WORDS = 30         # a teaser under a "Related Posts" header
INLINE_RELATED_MAX_WORDS = 25  # "Also Read: <teaser>" on one line
KICKER_MAX_WORDS = 6          # a teaser's kicker in capitals over its headline ("DRIVEN TO SUICIDE")

# --- captions ---------------------------------------------------------------
CAPTION_MAX_WORDS = 80        # longer blocks are treated as captions only when they end in their credit ...
LONG_CAPTION_MAX_WORDS = 150  # ... up to this many words ("... of the hibernation module. Credit: ESA")
CREDIT_MAX_WORDS = 20         # a bare photo credit line
SPLIT_CREDIT_CAPTION_MAX_WORDS = 30  # the caption above a credit split over two lines ("Foto:" / agency)
# a line printed twice with a blank line between is alt text and caption from this many words (no
# sentence end, not the title): shorter ones are as often a feature label and its heading (session 7)
CAPTION_SPACED_COPY_MIN_WORDS = 4

# --- duplicates ---------------------------------------------------------------
NEAR_DUP_MIN_WORDS = 8        # below this only exact (folded) copies count
NEAR_DUP_JACCARD = 0.9        # word-trigram Jaccard similarity for a near-duplicate
# a block among the article's last FURNITURE_COPY_MAX_ROWS kept blocks starting with a furniture line of at
# least FURNITURE_COPY_MIN_WORDS words removed above the article is that furniture (an author's bio twice)
FURNITURE_COPY_MIN_WORDS = 12
FURNITURE_COPY_MAX_ROWS = 4

# --- boilerplate (jusText-style scoring of lines) -------------------------------
GOOD_MIN_WORDS = 12           # a "good" block has at least this many words ...
GOOD_MIN_STOPWORD_DENSITY = 0.18  # ... and at least this share of stop words
NEARGOOD_MIN_WORDS = 6
NEARGOOD_MIN_STOPWORD_DENSITY = 0.12
SHORT_MAX_WORDS = 5           # up to this many words a block is "short"
MAX_HEADING_GAP = 1           # headline-like lines right above the body that introduce it (kept)
MENU_RUN_MIN = 3              # consecutive short blocks that form a menu
# The body usually starts just under the page's headline (the line repeating the <title>).
# When the best run of blocks starts elsewhere, the best run starting within this many rows
# under the headline wins if it scores at least this share of the best run.
ANCHOR_WINDOW = 8
ANCHOR_MIN_SHARE = 0.4
# When neither wins (no prose under the headline at all), the headline region (the first run of
# at least REGION_MIN_ROWS kept lines within the window, up to a menu, share, pointer or comment
# line) is the body if it lies above the best run and holds at least REGION_MIN_SHARE words per
# point of that run's score (a race calendar, a photo post, a link digest).
REGION_MIN_ROWS = 3
REGION_MIN_SHARE = 1.0
# No line repeats the title: a line whose words are this share from the title's first part,
# covering this share of that part, is the headline ("Who gains: leasing or buying a car" for
# "Leasing or buying a car: who gains | Car Magazine").
ANCHOR_FUZZY_LINE_SHARE = 0.8
ANCHOR_FUZZY_TITLE_SHARE = 0.6

# A sentence ending in ":" (longer than SHORT_MAX_WORDS) announces a list: the kept lines under
# it (LIST_MIN_ROWS to LIST_MAX_ROWS - 1 of them, up to furniture, a prose paragraph or the end
# of the bullets; at least 2 in 5 of them items or more than a label) join the body when the
# body reaches the intro.
LIST_MIN_ROWS = 2
LIST_MAX_ROWS = 60
# ... also when up to this many sub-headings stand between the body's end and an intro that reads as
# prose (a good block's words and stop words): a section "Ten principles" / "In her book she lists:" /
# the list (session 8; 1 and 2 moved one half-A page, 3 two; no half-B page moved at any of them)
LIST_MAX_HEADINGS = 3

# --- per-site repetition (cleaners/repetition.py, steps/repeated.py) ---------------
REPEAT_MAX_WORDS = 25         # longer lines are judged only when they do not end a sentence
REPEAT_MIN_PAGES = 3          # a line must occur on at least this many pages of the site (two pages
#   sharing a line are as often two stories of one event: session 6, aeb B 0.9522 -> 0.9542) ...
REPEAT_MIN_SHARE = 0.3        # ... and on at least this share of them
# Pages without a url form one corpus-wide "site": a line must be on half of them, and on 5 at least.
REPEAT_MIN_SHARE_UNKNOWN_SITE = 0.5
REPEAT_MIN_PAGES_UNKNOWN_SITE = 5

# --- language -------------------------------------------------------------------
LANG_MIN_LETTERS = 40         # less kept text than this: language "und"
LANG_SAMPLE_CHARS = 300         # langdetect reads at most this much kept text (longest blocks first)
LANG_TRIALS = 3                 # langdetect's random trials (default 7); 485 eval pages agree either way
LANG_SEED = 0

# --- limits -----------------------------------------------------------------------
MAX_BLOCK_CHARS = 200_000     # longer lines are analysed on a prefix (rules stay linear)
