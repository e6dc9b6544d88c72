"""Furniture phrase lists, kept as data (en, de, fr, es, pt, it, ru, nl).

Every list holds *folded* phrases: lower case, punctuation dropped, white space
folded (see :func:`cleaners.text.fold`). Lists named ``*_LINES`` match a whole
line; ``*_PREFIXES`` match the start of a line; ``*_CONTAINS`` match anywhere in
a short line. Nothing here is keyed to a site or an article: these are the
generic labels that page templates print.
"""

# --- navigation: skip links, menus, breadcrumbs, section labels ----------------
NAV_PREFIXES = [
    "skip to", "jump to", "go to content", "go to navigation", "back to top",
    "zum inhalt", "zur navigation", "zum hauptinhalt", "direkt zum", "springe zu", "zur suche",
    "aller au contenu", "passer au contenu", "aller à la navigation", "retour en haut",
    "ir al contenido", "saltar al contenido", "pasar al contenido", "volver arriba",
    "pular para o conteúdo", "ir para o conteúdo", "voltar ao topo",
    "vai al contenuto", "salta al contenuto", "torna su",
    "перейти к содержимому", "перейти к содержанию", "наверх",
    "naar inhoud", "ga naar",
]
# Shapes of navigation lines (matched on the line, case-insensitive): pagers ("Seite 1 von 3",
# "1 2 3 … 10 Next"), counts of a link ("View all (4)"), call-to-action links ("Zum Kreditvergleich"), a
# search box naming the site ("Search The Daily Planet").
NAV_PATTERNS = [
    r"^(?:seite|page|página|pagina|strona|страница)\s*\d+\s*(?:von|of|de|di|z|из|/)\s*\d+$",
    r"^(?:(?:\d{1,3}|…|\.\.\.|[‹›«»<>]|next|prev|previous|weiter|zurück|nächste|vorherige|suivant|précédent)\s+){3,}"
    r"(?:\d{1,3}|…|[‹›«»<>]|next|weiter|nächste|suivant|last|letzte)$",
    r"^(?:view|see|show|alle|voir) (?:all|anzeigen|tous|toutes)(?: \w+){0,2}\s*\(\d+\)$",
    r"^zu[mr] (?:[\w-]+ )?[\w-]*(?:vergleich|rechner|angebot|angeboten|shop|deal|anmeldung|übersicht|bestellung|"
    r"download|produkt|gewinnspiel|ticketshop|tickets|webinar)\s*[»›>→]?$",
    # a search box naming the site: "Search The Daily Planet", "Suche in EXAMPLE.DE" (capitalised words only)
    r"^(?:search|suche in|suchen in|suche auf|rechercher sur|buscar en)\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2}$",
]
# Necessary conditions, one list per pattern above, in its order: a line a pattern matches holds one
# of its literals, case ignored (" ": white space, "^" and "$": the line's start and end, "#": a digit),
# or one of its {"words": [...]} as a whole word (see cleaners/steps/_match.py).
# The step tries the patterns only on such lines; tests/test_fast_paths.py checks each list.
_PAGER_TOKENS = ["#", "…", "...", "‹", "›", "«", "»", "<", ">", "next", "prev", "weiter", "zurück", "nächste", "vorherige",
                 "suivant", "précédent"]
NAV_PATTERN_NEEDS = [
    ["^seite", "^page", "^página", "^pagina", "^strona", "^страница"],
    # (a pager's first token, and when it is a number, the one after it too)
    [*(f"^{t}" for t in _PAGER_TOKENS[1:]), *(f"^{'#' * k} {t}" for k in (1, 2, 3) for t in _PAGER_TOKENS)],
    ["^view ", "^see ", "^show ", "^alle ", "^voir "],
    ["^zum ", "^zur "],
    ["^search ", "^suche ", "^suchen ", "^rechercher ", "^buscar "],
]
NAV_LINES = [
    # en
    "latest", "latest news", "home", "homepage", "menu", "main menu", "search", "sections",
    "navigation", "top stories", "trending", "trending now", "most popular", "most read",
    "log in", "login", "sign in", "sign up", "register", "subscribe", "subscribe now",
    "my account", "account", "close", "open menu", "close menu", "toggle navigation",
    "previous", "next", "previous article", "next article", "previous post", "next post",
    "back", "more", "show more", "load more", "view all", "see all", "all news", "news",
    "breadcrumb", "you are here", "todays paper", "today s paper", "sitemap", "site map",
    "contact", "contact us", "about", "about us", "imprint", "privacy", "privacy policy",
    "terms", "terms of use", "terms of service", "terms and conditions", "cookie policy",
    "faq", "help", "jobs", "careers", "advertise", "rss", "archive", "archives", "tags",
    "categories", "category", "topics", "editions", "edition", "language", "english",
    "page 1", "1", "2", "3", "top", "go", "en", "de", "fr", "es",
    # de
    "startseite", "suche", "suchen", "anmelden", "abmelden", "registrieren", "abonnieren",
    "schließen", "zurück", "weiter", "mehr", "mehr anzeigen", "alle anzeigen", "impressum",
    "datenschutz", "datenschutzerklärung", "kontakt", "nachrichten", "aktuelles",
    "aktuell", "neueste", "meistgelesen", "themen", "rubriken", "hauptmenü", "navigation öffnen",
    "sie sind hier", "mein konto", "newsletter", "archiv", "nach oben", "agb", "barrierefreiheit",
    "e paper", "epaper", "login", "menü", "kategorien", "kategorie", "schlagworte", "schlagwörter",
    "stichworte", "tags", "tag cloud", "schlagwortwolke", "blogroll", "meta", "archive", "filed under",
    "posted in", "categories", "catégories", "étiquettes", "categorías", "etiquetas", "categorie",
    # fr
    "accueil", "rechercher", "recherche", "connexion", "se connecter", "s abonner",
    "abonnez vous", "fermer", "actualités", "à la une", "les plus lus", "mentions légales",
    "plan du site", "suivant", "précédent", "retour",
    # es / pt / it
    "inicio", "portada", "buscar", "iniciar sesión", "suscríbete", "cerrar", "noticias",
    "lo más leído", "aviso legal", "siguiente", "anterior",
    "início", "pesquisar", "entrar", "assine", "fechar", "notícias", "mais lidas", "próximo",
    "home page", "cerca", "accedi", "abbonati", "chiudi", "notizie", "più letti", "successivo",
    "precedente",
    # ru / nl
    "главная", "поиск", "войти", "регистрация", "подписаться", "закрыть", "новости", "меню",
    "далее", "назад", "зоеken", "zoeken", "inloggen", "nieuws", "volgende", "vorige",
]

# --- share widgets ----------------------------------------------------------------
SHARE_LINES = [
    "share", "shares", "share this", "share this post", "share this article", "share this story",
    "share this page", "share article", "share story", "share on", "share via", "tweet",
    "email this", "email", "e mail", "print", "print this", "print this page", "print article",
    "copy link", "copy url", "link copied", "pin it", "save", "save article", "bookmark",
    "gift this article", "gift article", "comment", "follow us", "follow",
    "teilen", "artikel teilen", "seite teilen", "drucken", "artikel drucken", "link kopieren",
    "per e mail", "per mail", "versenden", "merken", "teilen auf",
    "partager", "partager cet article", "imprimer", "envoyer", "copier le lien",
    "compartir", "compartir en", "imprimir", "enviar", "copiar enlace",
    "compartilhar", "compartilhe", "copiar link",
    "condividi", "condividi su", "stampa", "invia", "copia link",
    "поделиться", "печать", "отправить", "delen", "afdrukken",
    "bookmark and share", "teilen mit", "diesen beitrag teilen", "beitrag teilen", "share this entry", "partager cet article",
    "partager sur les réseaux", "compartir esta entrada", "condividi questo articolo",
]
# A line made only of these words (and separators) is a share widget.
SHARE_WORDS = [
    "share", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest",
    "reddit", "telegram", "email", "mail", "e", "print", "flipboard", "messenger", "xing",
    "tumblr", "pocket", "vk", "viber", "sms", "copy", "link", "on", "via", "this",
    "teilen", "drucken", "partager", "compartir", "condividi", "поделиться", "threads",
    "twittern", "mitteilen", "senden", "tweeten", "whatsappen", "imprimir", "stampa",
    "bluesky", "mastodon", "instagram", "youtube", "tiktok", "snapchat", "rss", "feed",
]
SHARE_PREFIXES = [
    "share on", "share via", "share to", "share with", "share this", "tweet this", "click to share",
    "click to email", "click to print", "auf facebook teilen", "auf twitter teilen", "bei facebook",
    "partager sur", "compartir en", "compartilhar no", "condividi su", "поделиться в",
]

# --- related links: headers (the teasers under them go too) and inline teasers -------
# A teaser's link label: printed right under the teaser's headline (no blank line between), it makes
# that headline a teaser ("Headline of another story" / "Read more"); each is a related header too,
# standing alone over teasers ("Lesen Sie mehr" / headline / "vor 2 Monaten").
READ_MORE_LABELS = [
    "read more", "read next", "weiterlesen", "lesen sie mehr", "mehr lesen", "lire la suite",
    "leer más", "seguir leyendo", "leia mais", "continue lendo", "leggi tutto", "continua a leggere",
    "читать далее", "lees meer", "czytaj dalej", "czytaj więcej", "tovább olvasom", "devamını oku", "läs mer",
    "číst dále", "baca selengkapnya",
]
RELATED_HEADERS = [
    *READ_MORE_LABELS,
    "related posts", "related articles", "related stories", "related content", "related",
    "related news", "related coverage", "related topics", "you may also like",
    "you might also like", "you may be interested in", "more stories", "more from",
    "more on this story", "more on this topic", "more news",
    "recommended", "recommended for you", "recommended stories", "popular posts",
    "most popular", "more like this", "also read", "read also", "see also", "further reading",
    "what to read next", "more to explore", "don t miss", "dont miss", "up next",
    "weitere artikel", "mehr zum thema", "lesen sie auch", "auch interessant",
    "das könnte sie auch interessieren", "das könnte sie interessieren", "ähnliche artikel",
    "verwandte artikel", "weitere nachrichten", "empfohlene artikel",
    "mehr artikel", "passend zum thema", "zum thema", "weitere themen",
    "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "articles similaires",
    "articles liés", "voir aussi", "à voir aussi",
    "artículos relacionados", "noticias relacionadas", "te puede interesar", "lee también",
    "también te puede interesar", "más noticias",
    "leia também", "notícias relacionadas", "veja também", "artigos relacionados",
    "articoli correlati", "leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
    "читайте также", "похожие статьи", "по теме",
    "lees ook", "gerelateerde artikelen", "meer nieuws",
    "latest articles", "latest stories", "latest posts", "recent posts", "recent articles",
    "more articles", "popular articles", "top articles", "editor s picks", "meistgelesene artikel",
    "meistdiskutierte artikel", "neueste artikel", "aktuelle artikel", "beliebte artikel",
    "ähnliche beiträge", "verwandte beiträge", "neueste beiträge", "letzte beiträge",
    "zobacz także", "zobacz też", "czytaj także", "czytaj też", "polecamy", "vea también",
    "ver también", "articles récents", "derniers articles", "artículos recientes", "últimas noticias",
    "ultime notizie", "articoli recenti", "posts recentes", "últimas notícias",
    "das könnte dich auch interessieren", "das könnte euch auch interessieren", "das könnte dich interessieren",
    "ezek is érdekelhetnek", "le puede interesar", "puede interesarte", "puedes ver", "lesen sie hier",
    "dowiedz się więcej", "themen in diesem artikel", "markiert mit", "about the author",
    "über den autor", "über die autorin", "next article", "previous article", "nächster artikel",
    "vorheriger artikel", "vorschau auf den nächsten artikel", "article suivant", "article précédent",
    "siehe auch", "sobre o autor", "sobre a autora", "acerca del autor",
    "sobre el autor", "à propos de l auteur", "o autorze", "об авторе", "over de auteur",
    "more in this category", "weitere beiträge", "mehr aus dieser kategorie",
]
# Headers of a teaser list that name its section: "Most read in world news", "Meistgelesen in Politik".
RELATED_HEADER_PATTERNS = [
    r"^(?:most (?:read|popular|viewed|shared|commented)|meistgelesen|meist gelesen|top stories|latest|more) "
    r"(?:in|from|aus|im|on) (?:the )?[\w&'’ -]{2,30}$",
]
RELATED_HEADER_PATTERN_NEEDS = [  # (folded; see NAV_PATTERN_NEEDS)
    ["^most ", "^meistgelesen ", "^meist gelesen ", "^top stories ", "^latest ", "^more "],
]
RELATED_PREFIXES = [
    "also read", "read also", "read more", "see also", "related", "more from", "more on",
    "recommended", "watch", "listen", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
    "auch interessant", "lesetipp", "weiterlesen", "à lire aussi", "a lire aussi", "lire aussi",
    "voir aussi", "lee también", "lea también", "leer más", "te puede interesar",
    "leia também", "leia mais", "veja também", "leggi anche", "leggi", "читайте также",
    "читайте", "смотрите также", "lees ook", "mehr dazu", "vea también", "ver también", "puedes ver",
    "le puede interesar", "lesen sie hier", "dowiedz się więcej", "czytaj też", "czytaj także",
    "zobacz też", "zobacz także",
]
# Pointers out of the article ("Read the original report from The Guardian ...").
RELATED_PATTERNS = [
    r"^read (?:the )?(?:original|full|complete|entire) (?:report|article|story|post|interview|piece)\b",
    r"^(?:this|the) (?:article|story|post) (?:first )?(?:appeared|was originally published) (?:on|in|at)\b",
    r"^originally published (?:on|in|at|by)\b",
    r"^continue reading\b",
    r"^click here to read\b",
    r"^zum (?:original)?artikel\b",
    r"^den (?:ganzen|vollständigen) artikel\b",
]
RELATED_PATTERN_NEEDS = [  # (folded; see NAV_PATTERN_NEEDS)
    ["^read "],
    ["^this article", "^this story", "^this post", "^the article", "^the story", "^the post"],
    ["^originally published "],
    ["^continue reading"],
    ["^click here to read"],
    ["^zum "],
    ["^den "],
]
# A teaser set off by arrows on both sides: ">> Headline <<", "» Headline «" (matched on the raw line);
# "»Wie bringe ich sie dazu?«" with no space inside is a German quotation.
RELATED_ARROWS_PATTERN = r"^(?:>>\s*\S.{0,200}\S\s*<<|»\s+\S.{0,200}\S\s+«)$"
RELATED_ARROWS_NEEDS = [["^>>", "^»"]]

# --- comment forms --------------------------------------------------------------------
COMMENT_LINES = [
    "add a comment", "leave a reply", "leave a comment", "post a comment", "post comment",
    "submit comment", "write a comment", "comments", "comment", "no comments", "cancel reply",
    "reply", "name", "email", "website", "name required", "email required", "mail required",
    "join the discussion", "join the conversation", "show comments", "view comments",
    "load comments", "comments are closed", "log in to comment", "sign in to comment",
    "kommentar schreiben", "kommentare", "kommentieren", "kommentar", "antworten",
    "kommentar abschicken", "kommentare anzeigen", "keine kommentare", "diskutieren sie mit",
    "laisser un commentaire", "commentaires", "commenter", "répondre",
    "deja un comentario", "deja una respuesta", "comentarios", "responder",
    "deixe um comentário", "deixe uma resposta", "comentários",
    "lascia un commento", "lascia un commento", "commenti", "rispondi",
    "оставить комментарий", "комментарии", "ответить", "reacties", "reageer",
    "schreibe einen kommentar", "kommentar verfassen", "hinterlasse einen kommentar",
    "kommentieren sie hier", "jetzt kommentieren", "dołącz do dyskusji", "skomentuj", "komentarze",
    "hozzászólások", "yorumlar", "kommentarer", "komentáře", "pingbacks", "trackbacks",
]
COMMENT_CONTAINS = [
    "your email address will not be published", "required fields are marked",
    "save my name email and website", "you must be logged in to post a comment",
    "this site uses akismet", "notify me of follow up comments", "notify me of new posts",
    "ihre e mail adresse wird nicht veröffentlicht", "erforderliche felder sind",
    "deine e mail adresse wird nicht veröffentlicht", "para comentar debes", "pingback von",
    "pingback from", "trackback von",
    "bitte loggen sie sich vor dem kommentieren ein", "melden sie sich an um zu kommentieren",
    "votre adresse e mail ne sera pas publiée", "les champs obligatoires sont indiqués",
    "tu dirección de correo electrónico no será publicada", "los campos obligatorios están marcados",
    "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado",
    "il tuo indirizzo email non sarà pubblicato", "i campi obbligatori sono contrassegnati",
    "ваш адрес email не будет опубликован", "обязательные поля помечены", "przed dodaniem komentarza",
]
# Lines that open a comment section (not buttons like "Comment" or "Reply"): with enough article
# prose above them, the boilerplate step ends the article there.
COMMENT_SECTION_HEADERS = [
    "comments", "leave a reply", "leave a comment", "add a comment", "post a comment", "write a comment",
    "join the discussion", "join the conversation", "reader comments", "discussion",
    "kommentare", "kommentar schreiben", "schreibe einen kommentar", "hinterlasse einen kommentar",
    "diskutieren sie mit", "leserkommentare", "commentaires", "laisser un commentaire",
    "comentarios", "deja un comentario", "deja una respuesta", "comentários", "deixe um comentário",
    "commenti", "lascia un commento", "комментарии", "оставить комментарий", "reacties",
    "komentarze", "hozzászólások", "yorumlar", "kommentarer", "komentáře", "pingbacks",
]
# "12 Comments", "Comments (3)", "3 Kommentare"
COMMENT_COUNT_PATTERN = (
    r"^\d+\s*(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|"
    r"комментари\w*|reacties?|responses?|replies)$|"
    r"^(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\s*\d+$|"
    r"^(?:vos |ihre |your )?(?:réactions|reaktionen|reactions|kommentare|comments|commentaires)\s*\d+$|"
    r"^(?:\d+|one|two|three|no)\s+(?:responses?|replies|thoughts?|comments?|kommentare?|antworten|réponses?|"
    r"commentaires?|respuestas?|comentarios?|commenti|risposte)\s+(?:to|on|zu|à|a|para|su)\s"
)
# A line COMMENT_COUNT_PATTERN matches holds one of these (folded; see NAV_PATTERN_NEEDS): the end of
# "12 Comments", the start of "Comments (3)", a word of "3 thoughts on ...".
COMMENT_COUNT_NEEDS = [
    "comment$", "comments$", "kommentar$", "kommentare$", "commentaire$", "commentaires$", "comentario$",
    "comentarios$", "comentário$", "comentários$", "commenti$", "reactie$", "reacties$", "response$", "responses$",
    "replies$", "комментари",
    "^comment", "^kommentar", "^comentario", "^commenti", "^reacties", "^vos ", "^ihre ", "^your ", "^réactions",
    "^reaktionen", "^reactions",
    {"words": ["response", "responses", "replies", "thought", "thoughts", "comment", "comments", "kommentar",
               "kommentare", "antworten", "réponse", "réponses", "commentaire", "commentaires", "respuesta", "respuestas",
               "comentario", "comentarios", "commenti", "risposte"]},
]
# A line that opens one comment of a comment thread: "jane says:", "Max Muster sagt:"
COMMENT_AUTHOR_PATTERN = r"^.{1,60}\s(?:says|said|sagt|schreibt|dit|dice|diz|scrive|пишет)\s*:$"

# --- other widgets: ads, honeypots, newsletter and cookie prompts -------------------------
WIDGET_LINES = [
    "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
    "paid content", "partner content", "secret link", "continue reading the main story",
    "supported by", "story continues below advertisement", "scroll to continue",
    "scroll to continue with content", "article continues below", "loading", "loading…",
    "anzeige", "werbung", "gesponsert", "publicité", "publicite", "sponsorisé", "publicidad",
    "publicidade", "patrocinado", "pubblicità", "sponsorizzato", "реклама", "advertentie",
    "newsletter", "sign up", "subscribe to our newsletter", "get the newsletter",
    "accept", "accept all", "accept cookies", "i agree", "ok", "got it", "cookie settings",
    "manage cookies", "alle akzeptieren", "akzeptieren", "einverstanden", "tout accepter",
    "aceptar", "accetta", "aceitar", "принять", "video", "audio", "foto", "fotos", "photo",
    "photos", "gallery", "bildergalerie", "galerie", "play", "pause", "mute", "unmute",
    "jetzt registrieren", "register now", "url zum kopieren", "reklama", "hirdetés", "reklam",
    "like this", "like loading", "gefällt mir", "gefällt mir wird geladen", "wird geladen",
    "j aime chargement", "me gusta cargando", "mi piace caricamento",
    "watch", "listen", "listen to this article", "artikel anhören", "vorlesen",
    "liken", "liken lade", "like", "gefällt mir lade",
]
WIDGET_CONTAINS = [
    "we use cookies", "this website uses cookies", "this site uses cookies", "by using this site",
    "by continuing to use", "accept the use of cookies", "cookie policy", "sign up for our",
    "subscribe to our newsletter", "get our newsletter", "enter your email",
    "your email address", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "все права защищены", "diese website verwendet cookies", "wir verwenden cookies",
    "newsletter abonnieren", "jetzt abonnieren", "ce site utilise des cookies",
    "inscrivez vous à notre newsletter", "este sitio utiliza cookies", "utilizamos cookies",
    "questo sito utilizza", "javascript is disabled", "enable javascript", "javascript aktivieren",
    "please enable javascript", "your browser does not support", "ihr browser unterstützt",
    "registered trademarks", "is subject to copyright", "by registering you", "results vary",
    "results may vary", "when you purchase through links", "we may earn an affiliate commission", "earns revenue from qualifying",
    "amazon associate", "advertising disclosure", "affiliate links", "advertisers do not influence",
    "ad blocker", "adblocker", "werbeblocker", "to continue reading", "subscribers only",
    "already a subscriber", "bereits abonnent", "jetzt weiterlesen",
    # prompts to like, follow, subscribe or support, under the article
    "if you enjoyed this", "if you enjoyed reading", "if you liked this", "did you enjoy this",
    "support our work", "support our journalism", "push notifications", "artikel gefallen",
    "beitrag gefallen", "hat dir der artikel gefallen", "hat ihnen der artikel gefallen",
    "unterstützen sie unsere arbeit", "neue beiträge per e mail", "benachrichtige mich über",
    "benachrichtigen sie mich", "vous avez aimé cet article", "te gustó este artículo",
    "ti è piaciuto questo articolo",
    "signing up to our newsletter", "sign up to get", "never miss the latest", "verpasse keine",
    "nichts mehr verpassen", "mehr verpassen abonnieren", "follow us on", "folgen sie uns auf", "folge uns auf",
    "síguenos en", "suivez nous sur", "seguici su", "siga nos no", "benachrichtigung aktivieren",
    "benachrichtigungen aktivieren", "let us know in the comments", "tell us in the comments",
    "verraten sie uns in den kommentaren", "verraten sie gerne in den kommentaren", "schreibt es in die kommentare",
    "by clicking here", "want more stories like this", "want more like this",
    # a blog template's post footer and empty widgets
    "bookmark the permalink", "lesezeichen auf den permalink", "this entry was posted in",
    "no upcoming events", "keine bevorstehenden veranstaltungen", "aucun événement à venir",
    "join our mailing list", "free daily newsletter", "subscribe to our",
    "werden sie mitglied", "erhalten sie exklusive",
]
# Found anywhere in a line of at most PROMPT_MAX_WORDS words (folded): newsletter sign-ups, channel
# promotions ("¿Ya sabías que tenemos canal de Telegram?"), "click on the image" prompts.
WIDGET_PROMPT_PATTERNS = [
    r"\bnewsletter\b.{0,120}\b(?:sign up|subscribe|abonnieren|anmelden|bestellen|inscri|suscr|iscriv|assine|"
    r"receive|erhalten|delivered)|\b(?:sign up|subscribe|abonnieren sie|melden sie sich|inscrivez|suscríbete|"
    r"iscriviti|assine)\b.{0,80}\bnewsletter\b",
    r"\b(?:nuestro|our|unser(?:en)?|notre|nosso|il nostro) (?:canal|channel|kanal|chaîne|canale) (?:de |on |auf |en |no |su )?"
    r"(?:youtube|telegram|whatsapp|tiktok|instagram)\b|\b(?:youtube|telegram|whatsapp) (?:kanal|channel)\b|"
    r"\bcanal de (?:youtube|telegram|whatsapp)\b",
    r"^(?:clique|click|klicken sie|cliquez|haga clic) (?:na|on the|auf das|sur l|en la) (?:imagem|image|bild|photo|foto|imagen)\b",
]
WIDGET_PROMPT_NEEDS = [  # (see NAV_PATTERN_NEEDS)
    [{"words": ["newsletter"]}],
    [{"words": ["youtube", "telegram", "whatsapp", "tiktok", "instagram"]}],
    ["^clique ", "^click ", "^klicken sie ", "^cliquez ", "^haga clic "],
]
# A newsletter's consent notice (up to CONTAINS_MAX_WORDS): "newsletter" and a consent or opt-out word.
# Both alternatives hold NEWSLETTER_WORD, so the widgets step tests for it (a substring test)
# before the regex, which otherwise starts a search at every character of every line.
NEWSLETTER_WORD = "newsletter"
NEWSLETTER_CONSENT_PATTERN = (
    r"\b" + NEWSLETTER_WORD + r".{0,400}\b(?:einwillig|willige|widerruf|abbestell|abmelden|unsubscribe|consent|"
    r"datenschutzerklärung|privacy policy)|\b(?:einwillig|willige|widerruf|consent)\w*\b.{0,400}\b" + NEWSLETTER_WORD
)
# A short line naming one of these and not a sentence is a sign-up box's title ("PC Gamer Newsletter").
SIGNUP_BOX_WORDS = ["newsletter", "newsletters", "infobrief", "lettre d information", "boletín"]
# A donation box's payment button (matched on the line, case-insensitive): a payment way after
# "via", "per", "über", "with", "by", and no sentence ("via PayPal", "per Banküberweisung").
_DONATION_WAYS = ["paypal", "patreon", "ko-fi", "direktüberweisung", "banküberweisung", "überweisung", "bank transfer",
                  "sepa"]
DONATION_LINE_PATTERN = (r"^(?:via|per|über|with|by|mit)\s+(?:%s)[^.!?]{0,60}$" % "|".join(_DONATION_WAYS))
DONATION_LINE_NEEDS = [f"^{p} {w}" for p in ("via", "per", "über", "with", "by", "mit") for w in _DONATION_WAYS]
WIDGET_PATTERNS = [
    r"^(?:©|\(c\)|copyright\b)",
    # prompts to subscribe, download, join or follow: "Subscribe to X on YouTube", "Click here to get the app"
    r"^subscribe (?:to|for|now|today)\b.{0,200}$",
    r"^click here to (?:get|download|sign up|subscribe|join|watch|listen|follow|register|receive)\b",
    # a donation box's payment button: "via PayPal", "per Banküberweisung"
    DONATION_LINE_PATTERN,
    # a call for readers' contributions: "Send us your letter to the editor using this form."
    r"^(?:submit|send us|send in) (?:your|a) (?:letters?|news tips?|tips?|story|stories|photos?|events?|press releases?|"
    r"opinion pieces?|op-eds?)\b(?: to (?:the|our) (?:editor|editors|newsroom))?(?: (?:via|using|through|with) (?:this|our|the) "
    r"(?:form|link|page)| here| online)?\.?(?: read more\b.{0,60})?$",
    r"^(?:join|become a member of) our (?:\w+ ){0,2}(?:forums?|community|mailing list|newsletter|discord)\b",
    r"^(?:follow|siga|segue|folgen sie|folge|suivez|síguenos|sigue a|seguici|volg)\s+(?:us\s+|uns\s+|nos\s+)?@\w+",
    # an icon font's ligature printed as text: "keyboard_arrow_down", "chevron_left"
    r"^[a-z]+(?:_[a-z0-9]+)+$",
    r"^(?:suggested citation|cite this article|how to cite this|zitiervorschlag|zitierhinweis|zitierweise)\b",
    # an author box's role line: "Redakteur in der Wirtschaft.", "Korrespondentin in Washington"
    r"^(?:redakteur(?:in)?|korrespondent(?:in)?|volontär(?:in)?|ressortleiter(?:in)?|chefredakteur(?:in)?|"
    r"staff writer|senior writer|contributing writer|senior editor|staff reporter|rédacteur|rédactrice)"
    r"(?:\s+(?:in|im|für|bei|at|for|of|à|de)\b.{0,60})?$",
    r"^(?:twitter|instagram|facebook|tiktok|youtube) (?:post|video|photo) (?:by|from|von|de)\b",
    r"^follow (?:\S+ ){0,5}on (?:twitter|facebook|instagram|x|linkedin|threads|bluesky)\b",
    # an author's bio: "Jane Doe (@jd) is a senior writer at ...", "Max Muster ist Redakteur bei ..."
    r"^(?:[A-ZÄÖÜ][\w.'’-]+\s){1,4}(?:\([^)]{1,40}\)\s)?(?:is|was|ist|est|es|é) (?:an? |the |der |die |ein |eine |un |une |el |la |o )?"
    r"(?:[\w-]+\s){0,2}(?:writer|reporter|editor|contributor|journalist|columnist|correspondent|author|"
    r"freelancer|producer|host|expert|experte|expertin|specialist|spezialist(?:in)?|consultant|"
    r"berater(?:in)?|head of|leiter(?:in)?|founder|gründer(?:in)?|blogger(?:in)?|fondateur|fondatrice|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|"
    r"rédacteur|rédactrice|journaliste|periodista|redactor(?:a)?|jornalista|giornalista)\b",
    r"^\d+\s*(?:likes?|shares?|views?|aufrufe)$",
    # reading time: "5 min read", "Lesezeit: 3 Minuten", "Tempo de leitura: 1 minuto"
    r"^(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|leestijd)\b.{0,30}$",
    r"^(?:ca\.?\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?|minuten|minutos?|minuti)\.?\s*(?:read|reading|lesezeit|"
    r"lesen|de lecture|de lectura|de leitura|di lettura|leestijd)$",
]
# The link closing an author box, "Latest posts by Jane Doe (see all)", "Alle Beiträge von Max
# Muster" (matched on the stripped line, case-insensitive but the name's capitals; group "name").
AUTHOR_POSTS_PATTERN = (
    r"^(?:(?:latest|recent|more|all|view all|see all) (?:posts|articles|stories) by|"
    r"(?:weitere|alle|neueste|letzte) (?:beiträge|artikel) von|(?:plus d['’]|tous les |derniers )articles (?:de|par)|"
    r"(?:más|todas las|últimas) (?:entradas|artículos) de|(?:altri|tutti gli) articoli di)\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*){0,3})"
    r"\s*(?:\((?:see all|view all|alle anzeigen|voir tout|ver todo)\))?$")
AUTHOR_POSTS_NEEDS = [[f"^{a} {n}" for heads, nouns in (
    (("latest", "recent", "more", "all", "view all", "see all"), ("posts", "articles", "stories")),
    (("weitere", "alle", "neueste", "letzte"), ("beiträge", "artikel")),
    (("plus d", "tous les", "derniers"), ("articles",)),
    (("más", "todas las", "últimas"), ("entradas", "artículos")),
    (("altri", "tutti gli"), ("articoli",))) for a in heads for n in nouns]]
# Necessary conditions of WIDGET_PATTERNS, one list per pattern (see NAV_PATTERN_NEEDS).
WIDGET_PATTERN_NEEDS = [
    ["^©", "^(c)", "^copyright"],
    ["^subscribe "],
    ["^click here to "],
    DONATION_LINE_NEEDS,
    ["^submit ", "^send us ", "^send in "],
    ["^join our ", "^become a member of our "],
    ["@"],
    ["_"],
    ["^suggested citation", "^cite this article", "^how to cite this", "^zitier"],
    ["^redakteur", "^korrespondent", "^volontär", "^ressortleiter", "^chefredakteur", "^staff writer", "^senior writer",
     "^contributing writer", "^senior editor", "^staff reporter", "^rédact"],
    ["^twitter ", "^instagram ", "^facebook ", "^tiktok ", "^youtube "],
    ["^follow "],
    [{"words": ["writer", "reporter", "editor", "contributor", "journalist", "columnist", "correspondent", "author",
                "freelancer", "producer", "host", "expert", "experte", "expertin", "specialist", "spezialist",
                "spezialistin", "consultant", "berater", "beraterin", "head", "leiter", "leiterin", "founder",
                "gründer", "gründerin", "blogger", "bloggerin", "fondateur", "fondatrice", "redakteur",
                "redakteurin", "journalistin", "autor", "autorin", "korrespondent", "korrespondentin", "rédacteur",
                "rédactrice", "journaliste", "periodista", "redactor", "redactora", "jornalista", "giornalista"]}],
    ["like$", "likes$", "share$", "shares$", "view$", "views$", "aufrufe$"],
    ["^reading time", "^read time", "^lesezeit", "^lesedauer", "^temps de lecture", "^tiempo de lectura",
     "^tempo de leitura", "^tempo di lettura", "^leestijd"],
    ["read$", "reading$", "lesezeit$", "lesen$", "lecture$", "lectura$", "leitura$", "lettura$", "leestijd$"],
]

# --- bylines and datelines ---------------------------------------------------------------
# "By Jane Doe", "Von Max Muster", "Posted by jd on May 3, 2019": the words before the names.
BYLINE_PREFIXES = [
    "by", "posted by", "written by", "words by", "story by", "von", "geschrieben von", "par",
    "écrit par", "por", "escrito por", "di", "scritto da", "door", "av", "af", "przez", "автор",
]
# "Author: Jane Doe": these count as byline words only with a colon after them.
AUTHOR_LABELS = ["author", "authors", "autor", "autorin", "autoren", "auteur", "autore", "text", "texte"]
# "Updated: January 16, 2020", "Veröffentlicht am 3. Mai 2019": words before a date.
DATELINE_PREFIXES = [
    "posted", "posted on", "published", "published on", "updated", "last updated", "first published",
    "modified", "date", "datum", "stand", "veröffentlicht", "veröffentlicht am", "aktualisiert",
    "aktualisiert am", "erstellt", "erstellt am", "zuletzt aktualisiert", "publié", "publié le",
    "mis à jour", "mis à jour le", "publicado", "publicado el", "actualizado", "pubblicato",
    "pubblicato il", "aggiornato", "gepubliceerd", "gepubliceerd op", "bijgewerkt", "opublikowano",
]
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "févr", "déc", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março",
    "maio", "junho", "julho", "setembro", "outubro", "dezembro", "gennaio", "febbraio", "aprile",
    "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart",
    "mei", "augustus", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "września", "października", "listopada", "grudnia", "styczeń", "luty", "marzec", "kwiecień", "maj",
    "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień", "января",
    "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря", "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
    "kasım", "aralık", "augusti", "oktober",
]
WEEKDAYS = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
]
# Other words a date line may hold: times, zones, "at", "um", "Uhr".
DATE_WORDS = [
    "am", "pm", "a m", "p m", "uhr", "et", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "cet",
    "cest", "bst", "mez", "mesz", "of", "the", "at", "on", "um", "à", "a", "le", "de", "del", "el", "h",
    "ago", "day", "days", "hour", "hours", "hr", "hrs", "min", "mins", "minute", "minutes", "vor", "tag",
    "tagen", "stunde", "stunden", "minute", "minuten", "il", "y", "jour", "jours", "heure", "heures",
    "hace", "día", "días", "hora", "horas", "today", "yesterday", "heute", "gestern", "aujourd", "hui",
    "hier", "hoy", "ayer", "read",
]

# --- captions: photo credits ----------------------------------------------------------------
# a credit closing a caption: "… Foto: Archivo El País.", "… travel. Credit: ESA"
CREDIT_SUFFIX = r"(?:foto|fotos|photo|photos|bild|imagen|imágenes|image|crédito|credit)\s*:\s*[^:]{1,60}$"
CREDIT_SUFFIX_WORDS = ["foto", "fotos", "photo", "photos", "bild", "imagen", "imágenes", "image", "crédito", "credit"]
# A short line matching one of these is a photo credit (a caption on its own).
CREDIT_PATTERNS = [
    r"^(?:photo|photograph|image|picture|credit|credits|illustration|foto|bild|fotos|"
    r"bildquelle|crédit|crédito|crédits|фото|изображение)s?\s*(?:by|von|:|/|©|-|–)",
    r"\((?:photo|image|foto|bild|credit)s?\b[^)]*\)\s*$",
    r"\bcredit\s*\.\.\.|\bcredit:",
    r"\((?:ap|afp|reuters|epa|getty|dpa|foto|photo|bild|image)[^)]{0,100}\)\s*$",
    r"^\((?:foto|photo|bild|image|imagen)\s*:.{1,120}\)$",
    # a figure caption, "Abbildung 2: …", "Fig. 3: …"
    r"^(?:abbildung|abb|figure|fig|grafik|schaubild)\.?\s*\d*\s*:\s",
    # a caption ending in the agency's name, "… pasado. EFE"; a desk's initials and agency, "aja/PAP"
    r"[.!?]\s+(?:efe|afp|ap|dpa|reuters|epa|getty images|imago|keystone|ansa|télam|pap|apa|sda|kna|epd)\s*$",
    r"^\w{2,5}\s*/\s*(?:pap|dpa|afp|efe|ap|apa|sda|kna|epd|reuters|ansa)$",
    # a caption ending in its credit: "Puerto de Montevideo. Foto: Archivo El País.", "Stau © aremac / Clipdealer"
    r"(?:^|[.!?»“”)]\s+)" + CREDIT_SUFFIX,
    r"^\(\s*©[^()]{1,80}\)$|©\s*[^©/]{1,40}/\s*[^©/]{1,40}$|[.!?]\s+©\s*[^©.!?]{1,40}$",
    r"\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|stock photo)\)\.?$",
    r"\([^()]{0,60}\b(?:getty images|shutterstock|istock(?:photo)?|imago|picture[ -]alliance|keystone|alamy|"
    r"unsplash|pixabay|adobe stock|fotolia|dpa|afp|reuters|ap photo)\b[^()]{0,30}\)\s*$",
]
CREDIT_NEEDS = [  # (see NAV_PATTERN_NEEDS)
    ["^photo", "^image", "^picture", "^credit", "^illustration", "^foto", "^bild", "^crédit", "^фото", "^изображение"],
    ["(photo", "(image", "(foto", "(bild", "(credit"],
    [{"words": ["credit"]}],
    ["(ap", "(afp", "(reuters", "(epa", "(getty", "(dpa", "(foto", "(photo", "(bild", "(image"],
    ["(foto", "(photo", "(bild", "(image"],
    ["^abb", "^fig", "^grafik", "^schaubild"],
    ["efe$", "afp$", "ap$", "dpa$", "reuters$", "epa$", "getty images$", "imago$", "keystone$", "ansa$", "télam$", "apa$",
     "sda$", "kna$", "epd$"],
    ["ap$", "dpa$", "afp$", "efe$", "apa$", "sda$", "kna$", "epd$", "reuters$", "ansa$"],
    [{"words": CREDIT_SUFFIX_WORDS}],
    ["©"],
    ["(symbol", "(archiv", "(file photo", "(stock photo"],
    [{"words": ["getty", "shutterstock", "istock", "istockphoto", "imago", "picture alliance", "keystone", "alamy",
                "unsplash", "pixabay", "adobe stock", "fotolia", "dpa", "afp", "reuters", "ap photo"]}],
]
# A credit's label standing alone, its value (agency, photographer) on the next line ("Foto:" /
# "AGENCY"); every line it matches is a CREDIT_PATTERNS credit too (matched on the stripped line).
SPLIT_CREDIT_LABEL_PATTERN = r"^(?:photo|image|picture|credit|foto|bild|crédit|crédito|фото)s?\s*:$"
SPLIT_CREDIT_LABEL_NEEDS = [["^photo", "^image", "^picture", "^credit", "^foto", "^bild", "^crédit", "^фото"]]
# A caption sentence (up to CAPTION_MAX_WORDS): "In this photo issued by ...", "FILE - In this ...".
CAPTION_PATTERNS = [
    r"^(?:file\s*[-–—]\s*)?(?:in )?this (?:undated |handout |file |aerial |combination |photo |image |picture |"
    r"screenshot |video |still |frame grab )+(?:photo|image|picture|screenshot|still|grab|taken|provided|"
    r"released|made available|issued|shows?)\b",
    r"^(?:file\s*[-–—]\s*)",
    # a longer caption that ends in its agency credit: "… in Hialeah, Fla. (AP Photo/Alan Diaz)"
    r"^.{1,600}\((?:ap|afp|reuters|epa|getty|dpa|ansa|efe|imago|keystone)(?: photo| images)?\s*/[^()]{0,80}\)\s*$",
    # a wire photo's caption: "FILE PHOTO: Traders work on the floor ...", "This March 28, 2017, file photo, provided by ..."
    r"^(?:file|archive) (?:photo|picture|image)\s*:",
    r"^(?:in )?this (?:\w+\.? \d{1,2}, \d{4},? )(?:file |handout |undated )?(?:photo|image|picture)\b",
    # a longer caption ending in its credit without brackets: "... in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid",
    # "... of the drug. Getty", "... instead. (Photo: Getty Images)"
    r"^.{1,600}[.!?]\s+(?:(?:reuters|afp|ap photo|epa|dpa|ansa|efe)\s*/\s*[^/.!?]{2,60}|getty images|getty)\s*$",
    r"^.{1,600}\((?:photo|image|foto|bild|picture|credit|photo credit|image credit)s?\s*:[^()]{1,80}\)?\s*$",
    # a caption longer than a credit line, ending in its credit: "… an enabler of deep space travel. Credit: ESA"
    r"^.{1,600}[.!?»“”)]\s+" + CREDIT_SUFFIX,
]
CAPTION_NEEDS = [  # (see NAV_PATTERN_NEEDS)
    ["^file", "^in this ", "^this "],
    ["^file"],
    ["(ap", "(afp", "(reuters", "(epa", "(getty", "(dpa", "(ansa", "(efe", "(imago", "(keystone"],
    ["^file", "^archive "],
    ["^this ", "^in this "],
    [{"words": ["reuters", "afp", "ap photo", "epa", "dpa", "ansa", "efe"]}, "getty images$", "getty$"],
    ["(photo", "(image", "(foto", "(bild", "(picture", "(credit"],
    [{"words": CREDIT_SUFFIX_WORDS}],
]
# Picture agencies: a very short line naming one is a credit.
AGENCY_PATTERN = (
    r"\b(?:getty images|getty|shutterstock|istock|istockphoto|ap photo|afp|reuters|dpa|epa|"
    r"picture alliance|picture-alliance|imago|keystone|alamy|unsplash|associated press|press association|pa media|"
    r"pa wire)\b|\bvia ap$"
)
AGENCY_NEEDS = [[{"words": [  # (see NAV_PATTERN_NEEDS)
    "getty", "shutterstock", "istock", "istockphoto", "ap photo", "afp", "reuters", "dpa", "epa", "picture alliance",
    "imago", "keystone", "alamy", "unsplash", "associated press", "press association", "pa media", "pa wire", "via ap"]}]]
# "By Name / Agency": a credit when it follows a caption directly.
SLASH_CREDIT_PATTERN = r"\bby\s+[^/]{1,60}/\s*\S[^/]{0,60}$"
SLASH_CREDIT_NEEDS = [["/"]]
# Words that say a block describes a picture (for a caption directly after a caption).
PICTURE_WORDS = [
    "photo", "photograph", "photographed", "pictured", "image", "picture", "illustration",
    "foto", "bild", "abgebildet", "image", "photographie", "imagen", "fotografía", "imagem",
    "immagine", "фото", "снимок", "credit",
]

# --- stop words for block scoring (short lists of the most frequent function words) --------
STOPWORDS = {
    "en": "the of and to a in is that for it as was with be by on not he i this are or his from at "
          "which but have an they you were her she there been one all we their has would when if "
          "will more no out so said what up its about into than them can only other new some "
          "could these two may then do first any my now such like our over also did after",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein die eine als "
          "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem "
          "über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei "
          "kann wenn ich wir ihr uns diese was dann",
    "fr": "de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se "
          "ce il sont avec son cette aux ou elle mais nous comme ont leur sa été fait on être "
          "aussi ses tout peut bien sans dont ils y",
    "es": "de la que el en y a los se del las un por con no una su para es al lo como más o "
          "pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también "
          "fue había era muy hasta desde",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi "
          "ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela "
          "até isso ela entre era depois sem",
    "it": "di e il la che a in un per è non una del le con i si da dei al della sono come più "
          "ma nel lo gli anche alla ha se questo delle ci nella tra essere suo sua era stato "
          "dopo molto quando",
    "ru": "и в не на что с по он как а это к из но то все у за так же от было его для она мы "
          "бы они о был когда уже или вы только еще если ее до их при над чем ни были этот",
    "nl": "de en van het een in is dat op te zijn met voor niet aan er die maar om ook als dan "
          "bij of uit nog wel naar door over tot zo",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh "
          "saya kita mereka atau sudah bisa lebih telah seperti harus kami jika adalah",
    "pl": "i w na z że się nie do to jest o jak a co ale po tak za od przez dla już jego jej "
          "które który była było są może tylko też ich czy jednak przy",
    "hu": "a az és hogy nem is egy meg de van ez azt már csak mint még el ki be volt vagy "
          "kell sem fel után pedig ha ezt olyan",
    "tr": "ve bir bu da de için ile çok olarak daha gibi olan ama en o ne kadar sonra her "
          "ise var değil mi ki",
    "sv": "och i att det som en på är av för med till den har inte om ett han men var jag sig "
          "från vi så kan när",
    "cs": "a se na je v že to s z do o jako ale by pro jsou jeho tak jak už po však který "
          "která které byl bylo",
}
# An author box's header ends the article: "About the author", "Sobre Ana Lima", "Über Jane
# Doe" (a name of two or three capitalised words, printed again in the box; "About us" is a menu
# entry). Matched on the line; group "name" holds the name.
AUTHOR_BOX_PATTERN = (r"^(?:(?:about|sobre|über|à propos de|acerca de|informazioni su)\s+(?:the author|the authors|"
                      r"o autor|a autora|el autor|den autor|die autorin|l['’]auteur|l['’]autore|"
                      r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2})))|o autorze|"
                      r"zum autor|zur autorin|zu den autoren|zur person|der autor|die autorin|die autoren|"
                      r"the author|l['’]auteur|el autor|об авторе|over de auteur)\s*:?$")
# A tag or category line in the body, "Tags: Deutschland, Doppelbelichtung", "Filed under: Politics"
# (matched on the line, case-insensitive): navigation, once the body is chosen.
TAG_LABELS = (r"(?:tags|tagged|tagged with|tagged as|filed under|posted in|categories|category|"
              r"schlagwörter|schlagworte|stichwörter|stichworte|themen|kategorien|kategorie|"
              r"mots-clés|mots clés|étiquettes|catégories|etiquetas|categorías|categorias|"
              r"tag|argomenti|categorie|tagi|kategorie|trefwoorden)")
TAG_LINE_PATTERN = r"^" + TAG_LABELS + r"\s*:\s*\S"
# The same label standing alone ("Tags", "Kategorien:"), a header over a tag cloud on the next line.
TAG_HEADER_PATTERN = r"^" + TAG_LABELS + r"\s*:?$"
# A sign-off under a post's last paragraph: a valediction and a name of one to three capitalised
# words ("Euer Hans", "Liebe Grüße, Anna", "Cheers, Tom", "XX, Die Redaktion"); matched on the
# line, case-insensitive except the name; a form's label ("Dein Kommentar") is none. It ends the
# article and belongs to it.
SIGNOFF_PATTERN = (r"^(?:euer|eure|dein|deine|ihr|ihre|yours|cheers|love|xoxo|xx|lg|liebe grüße|viele grüße|"
                   r"beste grüße|herzliche grüße|liebe grüsse|viele grüsse|best wishes|best regards|kind regards|"
                   r"bises|besos|saludos|un abrazo|abraços|baci)\s*,?\s+"
                   # (not a form's label: "Dein Kommentar", "Ihre Nachricht", "Your Message")
                   r"(?!(?:kommentar|nachricht|name|e-?mail|passwort|password|konto|account|warenkorb|profil|"
                   r"suche|bewertung|meinung|antwort|frage|message|comment|cart)\b)"
                   r"(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]*){0,2}\s*!?$")
