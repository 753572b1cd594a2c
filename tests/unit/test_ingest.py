"""Ingest: readers, cleaning, metadata and publication dates, on the seed articles and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from builder.ingest import ingest_paths, load_articles
from builder.ingest.clean import clean_text, load_boilerplate
from builder.ingest.published import find_published
from tests.conftest import ROOT, SEEDS

GOLD = yaml.safe_load((ROOT / "tests" / "gold" / "ingest-seeds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("articles")
    report = ingest_paths([str(SEEDS)], out)
    assert report.ok, report.failed
    return {a.source: a for a in load_articles(out).values()}


@pytest.mark.parametrize("gold", GOLD["articles"], ids=lambda g: g["source"])
def test_seed_body_is_clean(seeds, gold):
    article = seeds[gold["source"]]
    for snippet in gold["must_contain"]:
        assert snippet in article.body, f"missing {snippet!r}"
    for snippet in gold["must_not_contain"]:
        assert snippet not in article.body, f"boilerplate left: {snippet!r}"


@pytest.mark.parametrize("gold", GOLD["articles"], ids=lambda g: g["source"])
def test_seed_metadata(seeds, gold):
    article = seeds[gold["source"]]
    assert article.outlet == gold["outlet"]
    if "author" in gold:
        assert article.author == gold["author"]
    if "title" in gold:
        assert article.title == gold["title"]


@pytest.mark.parametrize("gold", GOLD["articles"], ids=lambda g: g["source"])
def test_seed_publication_date(seeds, gold):
    article = seeds[gold["source"]]
    assert article.published == gold["published"], article.published_evidence
    assert article.published.year != 2024 or gold["published"].year == 2024


def _only_weekdays() -> str:
    """The seed that names only weekdays: no dateline, no full date, no year it happened in."""
    return "004_a749a76889ea1f7c.txt"


def test_weekday_only_article_is_dated_by_another_reporting_the_same_happening(seeds):
    article = seeds[_only_weekdays()]
    assert article.published_from == "corroborated"
    # The evidence names the article that fixed the weekday, by its id.
    others = {a.id for a in seeds.values() if a.source != _only_weekdays()}
    assert any(other in (article.published_evidence or "") for other in others)


def test_weekday_only_article_alone_has_no_date_and_a_warning(tmp_path):
    report = ingest_paths([str(SEEDS / _only_weekdays())], tmp_path / "articles")
    (article,) = report.added
    assert article.published is None and article.published_from == "unknown"
    assert any("no publication date" in w for w in report.warnings)


def test_articles_already_in_content_corroborate_a_new_one(tmp_path):
    out = tmp_path / "articles"
    others = [str(p) for p in sorted(SEEDS.iterdir()) if p.name != _only_weekdays()]
    ingest_paths(others, out)
    report = ingest_paths([str(SEEDS / _only_weekdays())], out)
    (article,) = report.added
    assert article.published == dt.date(2023, 9, 13)
    assert article.published_from == "corroborated"
    warning = next(w for w in report.warnings if article.id in w)
    assert "confirm it by setting 'published'" in warning


def test_corroboration_needs_the_same_happening(tmp_path):
    # A dated article about something else on a Tuesday does not date the weekday-only one.
    other = tmp_path / "lain.txt"
    other.write_text(
        "Harga Cabai Naik\n\nJAKARTA, KOMPAS.com - Harga cabai rawit di Pasar Induk Kramat Jati "
        "naik tajam pada Selasa (5/9/2023), kata pedagang kepada wartawan di Jakarta Timur. "
        "Kenaikan itu dipicu pasokan yang berkurang dari sentra produksi di Jawa Tengah.\n",
        encoding="utf-8",
    )
    report = ingest_paths([str(other), str(SEEDS / _only_weekdays())], tmp_path / "articles")
    weekday_only = next(a for a in report.added if a.source == _only_weekdays())
    assert weekday_only.published is None


def test_editor_front_matter_survives_reingest(tmp_path):
    out = tmp_path / "articles"
    ingest_paths([str(SEEDS)], out)
    path = next(out.glob("antara-*.md"))
    edited = path.read_text(encoding="utf-8").replace(
        "published_from: corroborated", "published_from: editor"
    )
    path.write_text(edited, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    report = ingest_paths([str(SEEDS)], out)
    assert report.added == [] and report.failed == []
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_date_widget_is_not_the_publication_date():
    body = "Juru bicara Kremlin menyebut Putin tiba di Vladivostok pada hari Senin (11/9). " * 3
    found = find_published(body, ["Senin, Mei 6, 2024"])
    assert found.date == dt.date(2023, 9, 11)
    assert found.source == "inferred"
    assert "rejected" in (found.evidence or "")


def test_editor_date_wins(tmp_path):
    src = tmp_path / "a.md"
    src.write_text(
        "---\ntitle: Uji\npublished: 2020-01-02\n---\n\n"
        + "Presiden tiba di Jakarta pada Senin (11/9/2023) untuk bertemu para menteri kabinet. "
        * 3,
        encoding="utf-8",
    )
    out = tmp_path / "articles"
    ingest_paths([str(src)], out)
    (article,) = load_articles(out).values()
    assert article.published == dt.date(2020, 1, 2)
    assert article.published_from == "editor"


def test_ingesting_twice_adds_nothing_and_changes_nothing(tmp_path):
    out = tmp_path / "articles"
    ingest_paths([str(SEEDS)], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    report = ingest_paths([str(SEEDS)], out)
    assert report.added == [] and len(report.skipped) == 5
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_bad_files_fail_alone(tmp_path):
    good = SEEDS / "003_c1e14d936c10e2fb.txt"
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "huge.txt").write_bytes(b"kata " * 2_000_000)
    (tmp_path / "cp1252.txt").write_bytes(
        (
            "Presiden \u201cJokowi\u201d tiba di Bandung pada Senin (11/9/2023) untuk meresmikan "
            "jalan tol baru yang menghubungkan dua kota besar di Jawa Barat itu. "
        ).encode("cp1252")
        * 2
    )
    (tmp_path / "nothing.html").write_text(
        "<html><body><nav>Menu</nav></body></html>", encoding="utf-8"
    )
    (tmp_path / "bad.jsonl").write_text('{"text": "x"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "articles"
    report = ingest_paths([str(good), *(str(p) for p in sorted(tmp_path.glob("*.*")))], out)
    reasons = "\n".join(report.failed)
    assert "empty file" in reasons
    assert "binary file" in reasons
    assert "over the" in reasons
    assert "without article text" in reasons
    assert "bad.jsonl:2: not a JSON object" in reasons
    added = {a.source for a in report.added}
    assert {"003_c1e14d936c10e2fb.txt", "cp1252.txt"} <= added
    cp = next(a for a in report.added if a.source == "cp1252.txt")
    assert "\u201cJokowi\u201d" in cp.body


def test_jsonl_rows_keep_their_metadata(tmp_path):
    row = {
        "id": "x1",
        "outlet": "detik.com",
        "url": "https://news.detik.com/x",
        "title": "Judul",
        "author": "Penulis",
        "published": "2025-06-18T05:05:00+07:00",
        "text": "Presiden tiba di Jakarta pada Rabu (18/6/2025) untuk rapat kabinet paripurna. "
        * 3,
    }
    src = tmp_path / "bulk.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = ingest_paths([str(src)], tmp_path / "articles")
    (article,) = report.added
    assert (article.title, article.outlet, article.published, article.published_from) == (
        "Judul",
        "detikNews",
        dt.date(2025, 6, 18),
        "metadata",
    )


def test_a_given_title_is_the_articles_own_vocabulary(tmp_path):
    # The body writes the name only glued to the verb after it (a link stripped); the feed's
    # title writes it alone, which tells where the name ends.
    row = {
        "title": "Hakim Bergetar saat Bacakan Vonis Zarof Ricar",
        "published": "2025-06-18T16:00:00+07:00",
        "text": "Mantan pejabat Mahkamah Agung, Zarof Ricardivonis 16 tahun penjara. "
        "Putusan dibacakan majelis hakim di Pengadilan Tipikor Jakarta pada Rabu (18/6/2025). "
        "Hakim juga menilai perbuatan terdakwa menunjukkan sikap serakah.",
    }
    src = tmp_path / "bulk.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (article,) = ingest_paths([str(src)], tmp_path / "articles").added
    assert "Zarof Ricar divonis 16 tahun" in article.body
    # Read alone, the body has no such evidence: the token is left as written.
    assert "Zarof Ricardivonis" in clean_text(row["text"]).body


def _sections(bp):
    return {
        "lines": (bp.lines, "fullmatch"),
        "stops": (bp.stops, "fullmatch"),
        "captions": (bp.captions, "fullmatch"),
        "inline_tail": (bp.inline_tail, "search"),
        "bylines": (bp.bylines, "fullmatch"),
        "end_credit": ([bp.end_credit], "fullmatch"),
    }


def test_boilerplate_examples_and_counter_examples():
    bp = load_boilerplate("id")
    for section, (patterns, how) in _sections(bp).items():
        for pattern, example in bp.examples.get(section, []):
            assert any(getattr(p, how)(example) for p in patterns), (
                f"{section}: {example!r} must match ({pattern})"
            )
        for pattern, example in bp.keep.get(section, []):
            assert not any(getattr(p, how)(example) for p in patterns), (
                f"{section}: {example!r} must be kept ({pattern})"
            )
    assert bp.date_only.fullmatch("4 Oktober 2024 17:17")
    assert bp.examples["lines"] and bp.keep["lines"]


def test_date_line_examples():
    bp = load_boilerplate("id")
    data = yaml.safe_load((ROOT / "builder/lang/id/boilerplate.yaml").read_text(encoding="utf-8"))
    for example in data["date_only_line"]["examples"]:
        assert bp.date_only.fullmatch(example), example


def test_title_event_date_examples():
    data = yaml.safe_load((ROOT / "builder/lang/id/boilerplate.yaml").read_text(encoding="utf-8"))
    body = "Isi berita ini cukup panjang untuk dibaca sebagai artikel, tanpa tanggal apa pun. " * 4
    for title in data["title_event_date"]["examples"]:
        cleaned = clean_text(f"{title}\n\n{body}")
        assert cleaned.datelines == [] and cleaned.title == title, title
    for title in data["title_event_date"]["keep"]:
        cleaned = clean_text(f"{title}\n\n{body}")
        assert len(cleaned.datelines) == 1, title


def test_publication_cue_examples():
    from builder.ingest.published import load_cues, relation_of, tagger_for

    cues = load_cues("id")
    assert cues.examples
    for ex in cues.examples:
        text = ex["text"]
        start = text.index(ex["date"])
        mentions = tagger_for("id").tag(text, dt.date(2025, 6, 20))
        m = next(m for m in mentions if m.start <= start < m.end)
        assert relation_of(text, m, 0, cues) == ex["relation"], ex


def test_outlet_pattern_examples():
    from builder.ingest.clean import find_outlet, outlets

    names = {entry["name"] for entry in outlets()["raw"]["outlets"]}
    for spec in outlets()["raw"]["patterns"]:
        for example in spec["examples"]:
            assert find_outlet([example]) in names, example


def test_outlet_from_the_url():
    from builder.ingest.clean import outlet_from_url

    assert outlet_from_url("https://www.liputan6.com/news/read/1/x") == "Liputan6.com"
    assert outlet_from_url("https://news.detik.com/berita/d-1/x") == "detikNews"
    assert outlet_from_url("https://example.org/a") == "example.org"


def test_a_weekday_slip_in_the_date_is_repaired():
    body = (
        "Ketua MPR menegaskan pentingnya investasi bagi perekonomian nasional, kata Bamsoet "
        "dalam keterangannya, Selasa (10/5/2025). Dia menjelaskan rencana itu kepada wartawan."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 6, 10), found.evidence


def test_a_slip_is_read_the_way_nearer_the_other_dates():
    # "Senin (17/6/2025)": 17 June 2025 was a Tuesday; the article's other dates are of that
    # week, so the date is read as written, not as Monday 17 June 2024.
    body = (
        "Polisi menangkap dua tersangka pada Minggu (15/6/2025) di Bekasi. Keduanya diperiksa "
        "sejak Senin pagi. Kasus ini dibenarkan Kapolres, kata dia, Senin (17/6/2025)."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 6, 17), found.evidence


def test_a_year_slip_alone_is_not_mended_on_the_weekday_word(tmp_path):
    # 17 June 2025 was a Tuesday: "Rabu (17/6/2025)" is a slip of the day or of the weekday,
    # not the Wednesday 17 June 2026. Alone, the article's year is not known; in a batch, the
    # other articles' dates say which reading is meant.
    body = (
        'Polisi masih menyelidiki ancaman bom terhadap pesawat jemaah haji itu. "Kami '
        'berkoordinasi dengan otoritas Saudi," kata dia saat dikonfirmasi, Rabu (17/6/2025).'
    )
    assert find_published(body, []).date is None
    found = find_published(body, [], context=[(dt.date(2025, 6, 18), "another article")])
    assert (found.date, found.source) == (dt.date(2025, 6, 17), "corroborated"), found.evidence


def test_a_yearless_weekday_date_is_placed_by_its_weekday_not_read_as_a_slip():
    # "Sabtu (18/10)" and "Selasa (21/10)" fall on their weekdays in 2025: the latest is
    # the day of writing, whatever the tagger, not told the publication date, read them as.
    body = (
        "Erwin menganiaya korban di Jakabaring, Palembang, pada Jumat (17/10/2025) sekitar "
        "pukul 15.30 WIB. Ia ditangkap sehari setelahnya, Sabtu (18/10) sekitar pukul 15.00 "
        'WIB. "Benar, kami sudah menahan pelaku," ungkap Kapolrestabes Palembang saat '
        "ditemui, Selasa (21/10)."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 10, 21), found.evidence


def test_an_evening_happening_is_published_the_next_day():
    body = (
        "Timnas Indonesia menang 2-0 atas Thailand dalam laga yang digelar di Stadion Gelora "
        "Bung Karno, Kamis (19/6/2025) malam. Pelatih puas dengan permainan anak asuhnya."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 6, 20), found.evidence


def test_a_date_without_its_weekday_dates_only_where_news_days_are_written_so():
    # Indonesian news writes the day of its happenings with the weekday ("Rabu (18/6/2025)");
    # a bare "16 Juni 2025" is history or a schedule. Languages without that rule keep it.
    body = "Pemerintah mengumumkan hasil seleksi pada 16 Juni 2025 di Jakarta bersama panitia."
    assert find_published(body, []).date is None
    english = "The council approved the bridge funds on 28 November 2024, officials said."
    assert find_published(english, [], code="en").date == dt.date(2024, 11, 28)


def test_a_stretch_of_days_is_no_news_of_the_day():
    body = (
        "Diskon tarif tol berlaku pada periode libur sekolah (27-29 Juni 2025) dan periode "
        "akhir libur sekolah (11-13 Juli 2025). Pengelola jalan tol menyiapkan petugas."
    )
    assert find_published(body, []).date is None


def test_a_day_said_on_named_by_its_weekday_alone_moves_the_date():
    body = (
        "FIFA menandatangani kesepakatan pendirian kantor di Jakarta dalam pertemuan di Miami, "
        'Amerika Serikat, pada Selasa (17/6/2025). "Ini hari bersejarah," kata Erick Thohir '
        "dalam keterangan resminya yang dikutip di Jakarta, Rabu."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 6, 18), found.evidence
    # A weekday already given with its date is that date again.
    again = body.replace("Selasa (17/6/2025)", "Rabu (11/6/2025)")
    assert find_published(again, []).date == dt.date(2025, 6, 11)


def test_history_is_not_the_news():
    body = (
        "Pada 20 Agustus 1965, Presiden Soekarno meresmikan reaktor riset pertama. "
        "Pemerintah menyiapkan peta jalan energi nuklir sejak November 2024 bersama para ahli."
    )
    assert find_published(body, []).date is None


def test_a_quote_dated_by_its_speaker_dates_the_article():
    body = (
        "Harga emas Antam turun lagi pada perdagangan pekan ini, dipengaruhi penguatan dolar. "
        '"Kami memantau pergerakan harga setiap hari," kata Budi kepada wartawan, '
        "Kamis (19/6/2025). Festival emas akan digelar pada Sabtu, 28 Juni 2025 di Jakarta."
    )
    found = find_published(body, [])
    assert found.date == dt.date(2025, 6, 19) and found.source == "inferred"


def test_same_article_twice_in_one_batch_goes_in_once(tmp_path):
    text = (SEEDS / "003_c1e14d936c10e2fb.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    report = ingest_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path / "out")
    assert len(report.added) == 1 and len(report.skipped) == 1


def test_captions_are_kept_and_marked():
    raw = (
        "Judul Berita\n\nKim tiba di Rusia. (Foto: Politico)\n\n"
        + ("Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada Selasa (12/9/2023) dengan kereta. ")
        * 2
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Judul Berita"
    assert [p.caption for p in cleaned.paragraphs] == [True, False]


def test_glue_examples():
    from builder.ingest.glue import unglue_for

    data = yaml.safe_load((ROOT / "builder/lang/id/boilerplate.yaml").read_text(encoding="utf-8"))
    assert data["glue_examples"] and data["keep"]
    for ex in data["glue_examples"]:
        assert unglue_for(ex["text"]).text(ex["text"]) == ex["clean"]
    for text in data["keep"]:
        assert unglue_for(text).text(text) == text


def test_glued_words_are_split_where_the_evidence_is_clear():
    raw = (
        "Judul\n\n"
        + (
            "Aksi pengendara terekam kameraElectronic Traffic di detikNews "
            "dan IndonesiaSatu.co hari ini. "
        )
        * 2
    )
    body = clean_text(raw).body
    assert "kamera Electronic" in body
    assert "detikNews" in body and "IndonesiaSatu.co" in body


def test_readme_in_a_folder_is_not_an_article(tmp_path):
    (tmp_path / "README.md").write_text("# Folder\n\nNot an article.\n", encoding="utf-8")
    report = ingest_paths([str(tmp_path)], tmp_path / "out")
    assert report.added == [] and report.failed == []


def test_missing_path_is_reported(tmp_path):
    report = ingest_paths([str(tmp_path / "nope" / "*.txt")], tmp_path / "out")
    assert report.failed and "no such file" in report.failed[0]


def test_ids_are_stable_and_safe(seeds):
    for article in seeds.values():
        assert article.id == Path(article.path).stem
        assert "/" not in article.id and article.id == article.id.lower()


HTML = ROOT / "tests" / "fixtures" / "html"


def test_html_page_main_text_and_metadata(tmp_path):
    report = ingest_paths([str(HTML / "antara-kim-putin.html")], tmp_path / "articles")
    (article,) = report.added
    assert article.title == "Kim dan Putin dijadwalkan gelar pertemuan puncak di Rusia"
    assert article.outlet == "ANTARA"
    assert article.author == "Shofi Ayudiana"
    assert article.url.startswith("https://www.antaranews.com/berita/3724000/")
    assert (article.published, article.published_from) == (dt.date(2023, 9, 13), "metadata")
    assert "tiba di kota perbatasan Rusia, Khasan, pada Selasa pukul 6" in article.body
    for chrome in (
        "Beranda",
        "Advertisement",
        "Berita Terkait",
        "4 Oktober 2024",
        "Bagikan",
        "Copyright",
        "Senin, 6 Mei 2024",
    ):
        assert chrome not in article.body, chrome


def test_html_page_without_date_metadata_is_dated_from_its_text(tmp_path):
    report = ingest_paths([str(HTML / "detik-putin-pyongyang.html")], tmp_path / "articles")
    (article,) = report.added
    assert article.outlet == "detikNews" and article.author == "Novi Christiastuti"
    assert (article.published, article.published_from) == (dt.date(2024, 5, 25), "inferred")
    assert "SCROLL TO CONTINUE" not in article.body and "Hoegeng" not in article.body


def test_html_in_windows_1252(tmp_path):
    report = ingest_paths([str(HTML / "tribun-cp1252.html")], tmp_path / "articles")
    (article,) = report.added
    assert "akan \u201cbertemu dan melakukan sejumlah pembicaraan\u201d" in article.body
    assert article.outlet == "Tribunnews.com"
    assert article.published == dt.date(2023, 9, 11)


def test_a_folder_of_every_format(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "html").mkdir(parents=True)
    for page in HTML.glob("*.html"):
        (inbox / "html" / page.name).write_bytes(page.read_bytes())
    (inbox / "seed.txt").write_bytes((SEEDS / "000_b4f0c23a57b75613.txt").read_bytes())
    (inbox / "note.md").write_text(
        "---\ntitle: Catatan Redaksi\nurl: https://www.liputan6.com/news/read/1/catatan\n---\n\n"
        + "Redaksi menerima surat pembaca tentang banjir di Jakarta pada Senin (16/6/2025). " * 3,
        encoding="utf-8",
    )
    report = ingest_paths([str(inbox)], tmp_path / "articles")
    assert sorted(a.source for a in report.added) == [
        "antara-kim-putin.html",
        "detik-putin-pyongyang.html",
        "note.md",
        "seed.txt",
        "tribun-cp1252.html",
    ]
    assert report.failed == [
        f"{inbox / 'html' / 'no-article.html'}: HTML page without article text"
    ]
    note = next(a for a in report.added if a.source == "note.md")
    assert note.outlet == "Liputan6.com" and note.published == dt.date(2025, 6, 16)


def test_a_glob_names_files(tmp_path):
    report = ingest_paths([str(SEEDS / "00[12]_*.txt")], tmp_path / "articles")
    assert sorted(a.source for a in report.added) == [
        "001_393e8c43df52946a.txt",
        "002_d682ae8ef33f888e.txt",
    ]


def test_a_bad_batch_damages_nothing_and_says_why(tmp_path):
    out = tmp_path / "articles"
    ingest_paths([str(SEEDS / "003_c1e14d936c10e2fb.txt")], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bulk.jsonl"
    good_row = {"title": "Banjir", "published": "2025-06-18", "text": "Banjir melanda. " * 20}
    bad.write_text(
        json.dumps(good_row)
        + '\n{"text": \n'
        + json.dumps({"title": "x"})
        + "\n"
        + json.dumps({**good_row, "published": "kemarin"})
        + "\n"
        + json.dumps({"text": "Advertisement\nSCROLL TO CONTINUE WITH CONTENT\nBaca Juga"})
        + "\n",
        encoding="utf-8",
    )
    report = ingest_paths([str(bad), str(tmp_path / "missing.txt")], out)
    assert [a.title for a in report.added] == ["Banjir"]
    assert report.failed == [
        f"{tmp_path / 'missing.txt'}: no such file, folder or pattern",
        f"{bad}:2: not a JSON object (Expecting value at column 10)",
        f"{bad}:3: expected an object with a string field 'text'",
        f"{bad}:4: 'published' 'kemarin' is not a date (expected YYYY-MM-DD)",
        f"{bad}:5: no article text left after removing page chrome",
    ]
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert {k: after[k] for k in before} == before and not any(
        p.name.endswith(".tmp") for p in out.iterdir()
    )


def test_cli_exit_status_says_some_failed(tmp_path):
    from tests.conftest import new_project, run_cli

    proj = new_project(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli(
        "ingest",
        str(SEEDS / "003_c1e14d936c10e2fb.txt"),
        str(tmp_path / "empty.txt"),
        cwd=proj,
        check=False,
    )
    assert proc.returncode == 1
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in proc.stderr
    assert "1 added" in proc.stdout


def test_corpus_rows_keep_their_fields(tmp_path):
    rows = [
        {
            "id": "r1",
            "outlet": "liputan6.com",
            "url": "https://www.liputan6.com/x",
            "title": "A",
            "author": "None",
            "published_raw": "Diperbarui 18 Jun 2025, 14:05 WIB",
            "text": "Liputan6.com, Jakarta - Harga beras naik lagi di pasar. " * 5,
        },
    ]
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (article,) = ingest_paths([str(src)], tmp_path / "articles").added
    assert article.author is None and article.outlet == "Liputan6.com"
    assert (article.published, article.published_from) == (dt.date(2025, 6, 18), "dateline")
    assert article.source == "rows.jsonl#r1"


# Pinned floors of `python -m tests.bench.eval_ingest`: they only move up.
SEED_FLOORS = {"dates_exact": 1.0, "boilerplate_removed": 1.0, "text_kept": 1.0, "outlets": 1.0}
CORPUS_FLOORS = {"dates_exact": 0.55, "boilerplate_removed": 1.0, "text_kept": 1.0, "outlets": 1.0}


def test_seed_gold_floors():
    from tests.bench.eval_ingest import evaluate_seeds

    figures = evaluate_seeds()
    for key, floor in SEED_FLOORS.items():
        assert figures[key] >= floor, (key, figures[key], figures["misses"])


@pytest.mark.corpus
def test_corpus_gold_floors(corpus):
    from tests.bench.eval_ingest import evaluate_corpus

    figures = evaluate_corpus()
    assert figures["articles"] >= 40 and figures["failed"] == []
    for key, floor in CORPUS_FLOORS.items():
        assert figures[key] >= floor, (key, figures[key], figures["misses"])


# The held-out rows check what the gold rows tuned: right dates only move up, wrong ones down.
HELDOUT_FLOORS = {"dates_exact": 0.51}
HELDOUT_CEILINGS = {"dates_wrong": 0.145}


@pytest.mark.corpus
def test_heldout_date_floors(corpus):
    from tests.bench.eval_ingest import evaluate_heldout

    figures = evaluate_heldout()
    assert figures["rows"] >= 300
    for key, floor in HELDOUT_FLOORS.items():
        assert figures[key] >= floor, (key, figures[key], figures["counts"])
    for key, ceiling in HELDOUT_CEILINGS.items():
        assert figures[key] <= ceiling, (key, figures[key], figures["counts"])


def test_corpus_gold_holds_snippets_not_texts():
    gold = yaml.safe_load((ROOT / "tests/gold/ingest-corpus.yaml").read_text(encoding="utf-8"))
    rows = gold["articles"]
    assert len(rows) >= 40 and len({r["id"] for r in rows}) == len(rows)
    assert len({r["file"] for r in rows}) == 2
    for row in rows:
        assert set(row) <= {
            "id",
            "file",
            "layout",
            "published",
            "outlet",
            "must_contain",
            "must_not_contain",
        }
        for snippet in row["must_contain"] + row["must_not_contain"]:
            assert len(snippet) <= 90, snippet


def test_help_states_the_size_limits():
    from click.testing import CliRunner

    from builder.cli import cli
    from builder.ingest import MAX_BULK_BYTES, MAX_BYTES

    text = " ".join(CliRunner().invoke(cli, ["ingest", "--help"]).output.split())
    assert MAX_BYTES == 5 * 1024 * 1024 and "over 5 MB" in text
    assert MAX_BULK_BYTES == 2 * 1024**3 and "over 2 GB" in text


def test_the_same_article_as_text_and_as_a_page_goes_in_once(tmp_path):
    out = tmp_path / "articles"
    ingest_paths([str(SEEDS / "004_a749a76889ea1f7c.txt")], out)
    report = ingest_paths([str(HTML / "antara-kim-putin.html")], out)
    assert report.added == []
    assert report.skipped and "already in content as antara-" in report.skipped[0]


def test_history_recalled_by_another_article_does_not_corroborate(tmp_path):
    # The same arrival, recalled months later: not that article's news, so it fixes nothing.
    recall = tmp_path / "kilas-balik.md"
    recall.write_text(
        "---\ntitle: Kilas Balik\npublished: 2023-12-01\n---\n\n"
        "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pada Selasa (12/9/2023) dengan kereta "
        "dan disambut para pejabat senior Rusia di kota perbatasan Khasan. Kunjungan itu "
        "dibahas lagi dalam laporan akhir tahun para analis di Seoul.\n",
        encoding="utf-8",
    )
    report = ingest_paths([str(recall), str(SEEDS / _only_weekdays())], tmp_path / "articles")
    weekday_only = next(a for a in report.added if a.source == _only_weekdays())
    assert weekday_only.published is None


def test_a_time_without_a_date_does_not_stop_the_dating():
    body = (
        "Pasar malam itu buka setiap hari pukul 10.00-23.00 WIB. "
        "Pengelola mengatakan, Rabu (18/6/2025), pengunjung terus bertambah."
    )
    published = find_published(body, [])
    assert published.date == dt.date(2025, 6, 18), published.evidence


def test_an_article_published_twice_goes_in_once_and_says_where_else(tmp_path):
    """One outlet's story published again under another address and title: ingest keeps it
    once, with where else it was read, so that it is cited (and scored) as both; the
    article's page links the copy."""
    from builder.evaluation import article_refs

    body = (
        "Komisi Pemilihan Umum membatalkan keputusan tentang dokumen persyaratan calon "
        "presiden pada Selasa (16/9/2025) setelah mendapat masukan dari berbagai pihak. "
        "Ketua KPU menyampaikan hal itu di kantor KPU, Menteng, Jakarta Pusat, pada hari yang "
        "sama, dan menyebut dokumen ijazah calon kini bukan lagi informasi yang dikecualikan. "
    )
    rows = [
        {
            "id": "r1",
            "outlet": "detik.com",
            "url": "https://news.detik.com/a",
            "title": "KPU batalkan aturan",
            "published": "2025-09-16T14:36:00+07:00",
            "text": body * 2,
        },
        {
            "id": "r2",
            "outlet": "detik.com",
            "url": "https://news.detik.com/b",
            "title": "Aturan KPU dicabut",
            "published": "2025-09-16T15:00:00+07:00",
            "text": body * 2 + "Simak.",
        },
        # The very same text once more, under a third address.
        {
            "id": "r3",
            "outlet": "detik.com",
            "url": "https://news.detik.com/c",
            "title": "KPU cabut aturan",
            "published": "2025-09-16T17:42:00+07:00",
            "text": body * 2,
        },
    ]
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = ingest_paths([str(src)], tmp_path / "articles")
    assert len(report.added) == 1 and len(report.skipped) == 2
    (kept,) = load_articles(tmp_path / "articles").values()
    assert sorted(kept.extra["also_published"], key=lambda c: c["source"]) == [
        {
            "source": "rows.jsonl#r2",
            "url": "https://news.detik.com/b",
            "title": "Aturan KPU dicabut",
        },
        {"source": "rows.jsonl#r3", "url": "https://news.detik.com/c", "title": "KPU cabut aturan"},
    ]
    assert {"r1", "r2", "r3"} <= article_refs(kept)


def test_a_paragraph_that_lost_its_full_stop_stays_a_paragraph():
    """A scraped lead cut before its last words ends without a full stop; far longer than a
    wrapped line and followed by a sentence, it is a paragraph, not the start of the next
    one's sentence. Lines wrapped by their writer are still joined."""
    lead = (
        "Dilansir AFP, Minggu (19/10/2025), ada sejumlah tema utama yang menjadi sorotan "
        "seperti ancaman terhadap demokrasi, penggerebekan imigrasi dan pengerahan pasukan "
        "pemerintah di kota-kota AS, serta pemotongan program federal, terutama layanan kesehatan"
    )
    nxt = (
        "Demo yang digelar di Times Square, New York City, pada Sabtu pagi diikuti ribuan orang "
        "yang memegang spanduk bertuliskan slogan-slogan tentang demokrasi dan konstitusi."
    )
    paragraphs = [p.text for p in clean_text(f"{lead}\n{nxt}\n", "id").paragraphs]
    assert paragraphs == [lead, nxt]
    wrapped = (
        "Presiden tiba di Jakarta pada Rabu (18/6/2025) untuk memimpin rapat\n"
        "kabinet paripurna yang membahas rencana anggaran tahun depan bersama para menteri\n"
        "dan kepala lembaga negara di Istana Merdeka, Jakarta Pusat, pada sore hari.\n"
    )
    assert len(clean_text(wrapped, "id").paragraphs) == 1
