"""Per-site repetition: a two-pass corpus step (count, then strip), deterministic and reusable."""
import json

from cleaners.cli import main
from cleaners.pipeline import clean_bytes
from cleaners.repetition import SiteCounts, page_keys, site_of
from cleaners.pipeline import parse, run_steps, steps_until

BODY = [
    "The council approved the new budget on Tuesday after a long debate about school funding and roads.",
    "Opponents said the plan would raise local taxes, while supporters pointed to years of delayed repairs.",
]
MENU = ["Home", "Local News", "Weather", "Mayor opens the new riverside park this weekend"]


def page(title: str, n: int) -> str:
    body = [f"{s} Report number {n} was filed by the desk." for s in BODY]
    return "\n\n".join([title, *MENU, *body, "Most read this week"]) + "\n"


def test_site_of():
    assert site_of("https://www.example.com/a/b") == "example.com"
    assert site_of("http://News.Example.com") == "news.example.com"
    assert site_of(None) == ""


def test_lines_repeated_on_a_site_are_removed_with_reasons(tmp_path):
    dumps, meta = tmp_path / "in", tmp_path / "meta.jsonl"
    dumps.mkdir()
    rows = []
    for n in range(3):
        (dumps / f"p{n}.txt").write_text(page(f"Budget story {n} headline", n), encoding="utf-8")
        rows.append(json.dumps({"id": f"p{n}", "url": f"https://www.riverside.example/news/{n}"}))
    (dumps / "other.txt").write_text(page("Other site story headline", 9), encoding="utf-8")
    rows.append(json.dumps({"id": "other", "url": "https://elsewhere.example/x"}))
    meta.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out, counts = tmp_path / "out", tmp_path / "counts.json"
    assert main(["clean", str(dumps), "--out", str(out), "--meta", str(meta), "--site-counts", str(counts)]) == 0
    rec = json.loads((out / "p1.json").read_text(encoding="utf-8"))
    by_text = {r["text"]: r["reason"] for r in rec["removed"]}
    assert by_text["Local News"] == "navigation"
    assert by_text["Mayor opens the new riverside park this weekend"] == "related-links"
    assert "Budget story 1 headline" not in by_text  # the title line is never judged by repetition
    md = (out / "p1.md").read_text(encoding="utf-8")
    assert md.startswith("# Budget story 1 headline\n") and "Report number 1" in md
    # the step itself: with the site's counts it removes the menu; without counts it does nothing
    doc = parse((dumps / "p1.txt").read_bytes(), "p1")
    doc.context = SiteCounts.load(counts).context("riverside.example")
    run_steps(doc, steps_until("repeated"))
    # "Home" went earlier (navigation phrase); the rest of the shared lines go here
    assert {b.text for b in doc.blocks if b.step == "repeated"} == set(MENU[1:]) | {"Most read this week"}
    bare = run_steps(parse((dumps / "p1.txt").read_bytes(), "p1"), steps_until("repeated"))
    assert not [b for b in bare.blocks if b.step == "repeated"]
    saved = json.loads(counts.read_text(encoding="utf-8"))
    assert saved["pages"] == {"elsewhere.example": 1, "riverside.example": 3}
    assert saved["lines"]["riverside.example"]["local news"] == 3


def test_counts_are_reused_and_not_counted_twice(tmp_path):
    counts = SiteCounts()
    doc = parse(page("A title line here", 1).encode(), "p1")
    counts.add("s", page_keys(doc), "p1")
    counts.add("s", page_keys(doc), "p1")  # the same page again: a re-run
    assert counts.pages == {"s": 1}
    path = tmp_path / "c.json"
    path.write_text(counts.to_json(), encoding="utf-8")
    again = SiteCounts.load(path)
    assert again.to_json() == counts.to_json()
    again.add("s", page_keys(parse(page("Another title line", 2).encode(), "p2")), "p2")
    assert "local news" not in again.context("s")["repeated"]  # (two pages: settings.REPEAT_MIN_PAGES)
    again.add("s", page_keys(parse(page("A third title line", 3).encode(), "p3")), "p3")
    assert "local news" in again.context("s")["repeated"]


def test_no_context_means_no_change():
    data = page("A title line here", 1).encode()
    with_ctx = clean_bytes(data, "p", context={"repeated": frozenset()})
    without = clean_bytes(data, "p")
    assert with_ctx.text == without.text and with_ctx.meta == without.meta


def test_without_site_counts_an_article_depends_on_its_input_alone(tmp_path):
    for n in range(3):
        (tmp_path / f"p{n}.txt").write_text(page(f"Story {n} title line", n), encoding="utf-8")
    main(["clean", str(tmp_path / "p0.txt"), str(tmp_path / "p1.txt"), str(tmp_path / "p2.txt"),
          "--out", str(tmp_path / "all")])
    main(["clean", str(tmp_path / "p1.txt"), "--out", str(tmp_path / "one")])
    for ext in (".md", ".json"):
        assert (tmp_path / "all" / f"p1{ext}").read_bytes() == (tmp_path / "one" / f"p1{ext}").read_bytes()


def test_result_does_not_depend_on_input_order(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        d.mkdir()
    for n in range(4):
        (a / f"p{n}.txt").write_text(page(f"Story {n} title line", n), encoding="utf-8")
        (b / f"p{3 - n}.txt").write_text(page(f"Story {3 - n} title line", 3 - n), encoding="utf-8")
    main(["clean", str(a), "--out", str(tmp_path / "oa"), "--site-counts", str(tmp_path / "ca.json")])
    main(["clean", *sorted(map(str, b.iterdir()), reverse=True), "--out", str(tmp_path / "ob"),
          "--site-counts", str(tmp_path / "cb.json")])
    assert (tmp_path / "ca.json").read_bytes() == (tmp_path / "cb.json").read_bytes()
    for n in range(4):
        for ext in (".md", ".json"):
            ra = (tmp_path / "oa" / f"p{n}{ext}").read_text(encoding="utf-8").replace(str(a), "")
            rb = (tmp_path / "ob" / f"p{n}{ext}").read_text(encoding="utf-8").replace(str(b), "")
            assert ra == rb


# a sentence both pages of a two-page site print (a real closing line of a dev page): two pages
# cannot tell site furniture from a line two stories share; from three pages on it is furniture
SHARED = "Deixe suas dúvidas e opiniões aqui embaixo! Obrigado por compartilhar nosso conteúdo!"


def test_a_line_on_both_pages_of_a_two_page_site_stays():
    from cleaners.text import fold
    counts = SiteCounts()
    for n in range(3):
        dump = "\n\n".join([f"Story {n} headline", *BODY, SHARED]) + "\n"
        counts.add("s", page_keys(parse(dump.encode(), f"p{n}")), f"p{n}")
        assert (fold(SHARED) in counts.context("s")["repeated"]) == (n == 2)
