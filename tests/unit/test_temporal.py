"""The tagger: every rule's examples, the lexicon's examples, and the negative corpus."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from builder.lang import available, load_data
from builder.temporal import Mention, tag
from builder.temporal.rules import load_rules

RULESETS = {code: load_rules(code) for code in available() if load_data(code, "rules")}
EXAMPLES = [
    pytest.param(code, rule.name, ex, id=f"{code}:{rule.name}:{i}")
    for code, rs in RULESETS.items()
    for rule in rs.rules
    for i, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("code", "rule", "example"), EXAMPLES)
def test_rule_example(code, rule, example):
    mentions = tag(example.text, example.published, code)
    want = example.match or example.text
    hits = [m for m in mentions if m.text == want]
    assert hits, (
        f"{rule}: no mention {want!r} in {example.text!r}; got {[m.text for m in mentions]}"
    )
    m = hits[0]
    assert m.value == example.value, f"{rule}: {want!r} read as {m.value}, expected {example.value}"
    assert m.text == example.text[m.start : m.end]
    if example.end is not None:
        assert m.end_value == example.end
    for mod in example.modifiers:
        assert mod in m.modifiers, f"{rule}: {want!r} lacks modifier {mod}"


def test_a_weekday_after_a_date_names_that_date_only_when_it_falls_on_it():
    """ "1 Juli 2025, hari Selasa" is one date (1 July 2025 was a Tuesday); "1 Juli 2025, Rabu
    ia pulang" tells a Wednesday of its own."""
    published = dt.date(2025, 6, 20)
    same = tag("Sidang digelar pada 1 Juli 2025, Selasa, di PN Jaksel.", published, "id")
    assert [(m.text, m.value) for m in same] == [("1 Juli 2025, Selasa", "2025-07-01")]
    other = tag("Sidang digelar pada 1 Juli 2025, Rabu ia pulang.", published, "id")
    assert [m.value for m in other] == ["2025-07-01", "2025-06-18"]


def test_a_day_counted_from_the_story_needs_a_day_told_before_or_after_it():
    """ "Keesokan harinya" with no day told before it, nor written after it, is no day: the
    publication's next day is not the story's; "Bebas visa 10 hari itu" names no day."""
    published = dt.date(2025, 10, 18)
    assert not tag("Kamal tiba di Bali. Keesokan harinya, Kamal kabur.", published, "id")
    assert not tag("Bebas visa Indonesia-Cina 10 hari itu diyakini bisa membantu.", published, "id")
    told = tag("Kamal tiba pada Minggu (12/10). Keesokan harinya, Kamal kabur.", published, "id")
    assert [m.value for m in told] == ["2025-10-12", "2025-10-13"]
    # Nor is it a day for a later one to count from ("di hari yang sama" after it).
    later = "Keesokan harinya, Kamal kabur. Di hari yang sama, polisi berjaga di bandara."
    assert not tag(later, published, "id")


def test_every_rule_has_an_example_that_it_matches_itself():
    for code, rs in RULESETS.items():
        for rule in rs.rules:
            assert any(rule.regex.search(ex.text) for ex in rule.examples), f"{code}:{rule.name}"


@pytest.mark.parametrize("code", sorted(RULESETS))
def test_lexicon_examples_contain_a_word_of_their_group(code):
    lex = RULESETS[code].lexicon
    groups = {
        "months": "month",
        "weekdays": "weekday",
        "units": "unit",
        "directions": "dir",
        "deictic_days": "deictic",
        "anaphoric_days": "anaphoric",
        "parts_of_day": "part",
        "timezones": "tz",
        "references": "ref",
        "set_cues": "set",
        "tense_cues": "tense",
        "deictic_parts": "deicticpart",
    }
    for group, frag in groups.items():
        pattern = re.compile(rf"(?<!\w){lex.fragments[frag]}(?!\w)")
        for example in lex.examples.get(group, []):
            assert pattern.search(example), f"{code}:{group}: no word of the group in {example!r}"


BLOCKERS = [
    pytest.param(code, b.name, ex, id=f"{code}:{b.name}:{i}")
    for code, rs in RULESETS.items()
    for b in rs.blockers
    for i, ex in enumerate(b.examples)
]


@pytest.mark.parametrize(("code", "name", "example"), BLOCKERS)
def test_blocker_example_yields_no_mention(code, name, example):
    text, blocked = example["text"], example["blocked"]
    start = text.index(blocked)
    end = start + len(blocked)
    assert any(b.regex.search(text) for b in RULESETS[code].blockers if b.name == name), (
        f"{name}: does not match {text!r}"
    )
    hits = [m for m in tag(text, dt.date(2023, 9, 12), code) if m.start < end and start < m.end]
    assert not hits, f"{name}: {blocked!r} in {text!r} still read as {[m.text for m in hits]}"


def _negatives(code: str):
    data = load_data(code, "negatives")
    published = data.get("published", dt.date(2023, 9, 12))
    return [
        pytest.param(code, case, published, id=f"{code}:{case['text'][:30]}")
        for case in data.get("cases", [])
    ]


@pytest.mark.parametrize(
    ("code", "case", "published"), [p for c in RULESETS for p in _negatives(c)]
)
def test_negative_corpus(code, case, published):
    mentions = tag(case["text"], published, code)
    allowed = set(case.get("allow", []))
    durations = case.get("duration", {})
    for m in mentions:
        if m.text in allowed:
            continue
        if m.type == "DURATION":
            assert m.text in durations, f"unexpected duration {m.text!r} in {case['text']!r}"
            assert m.value == durations[m.text]
            continue
        raise AssertionError(f"{case['text']!r}: {m.text!r} was read as {m.type} {m.value}")
    for text, value in durations.items():
        assert any(m.text == text and m.value == value for m in mentions), f"missing {text!r}"


def test_weekday_contradicting_its_date_keeps_both_readings():
    (m,) = [
        m for m in tag("pada Kamis, 20 Juni 2025 lalu", dt.date(2025, 6, 21)) if m.type == "DATE"
    ]
    assert m.value == "2025-06-20"
    assert "WEEKDAY_CONFLICT" in m.modifiers
    assert m.conflict == {
        "weekday": "Kamis",
        "date_reading": "2025-06-20",
        "weekday_reading": "2025-06-19",
    }


def test_clock_time_takes_the_date_last_mentioned():
    text = "Kim tiba pada Selasa (12/9/2023). Ia disambut pukul 06.00 WIB."
    times = [m for m in tag(text, dt.date(2023, 9, 13)) if m.type == "TIME"]
    assert [(t.value, t.anchor, t.timezone) for t in times] == [
        ("2023-09-12T06:00", "previous", "+07:00")
    ]


def test_bare_weekday_reads_past_by_default_and_future_in_a_future_clause():
    published = dt.date(2023, 9, 12)  # a Tuesday
    past = tag("Putin tiba di Vladivostok pada Senin.", published)
    future = tag("Kim akan bertemu Putin pada Rabu.", published)
    assert [m.value for m in past] == ["2023-09-11"]
    assert [(m.value, m.tense) for m in future] == [("2023-09-13", "future")]


def test_a_statement_word_ends_the_clause_whose_tense_a_weekday_takes():
    # The plan is what was reported; the report was made last Friday.
    published = dt.date(2025, 6, 15)  # a Sunday
    text = "Shopify mengonfirmasi rencana memakai USDC, Cointelegraph melaporkan pada hari Jumat."
    assert [m.value for m in tag(text, published) if m.type == "DATE"] == ["2025-06-13"]
    said = tag("Menurut Kremlin, Kim akan bertemu Putin pada Rabu.", published)
    assert [m.value for m in said] == ["2025-06-18"]


def test_offsets_are_inside_the_text_and_spans_are_the_text():
    text = "Sejak awal 2024, harga naik. Pada 18-20 Juni 2025 digelar rapat; kemarin ditunda."
    for m in tag(text, dt.date(2025, 6, 18)):
        assert isinstance(m, Mention)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


def test_output_is_deterministic():
    text = "Selasa pekan lalu, tiga hari lalu, bulan Juli, tahun depan, pukul 10.00 WIB."
    first = [m.to_json() for m in tag(text, dt.date(2023, 9, 12))]
    assert first == [m.to_json() for m in tag(text, dt.date(2023, 9, 12))]


def _prefilter_texts() -> list[tuple[str, dt.date]]:
    from tests.conftest import SEEDS

    texts = [(p.read_text(encoding="utf-8"), dt.date(2023, 9, 12)) for p in SEEDS.glob("*.txt")]
    for rs in RULESETS.values():
        texts += [(ex.text, ex.published) for rule in rs.rules for ex in rule.examples]
    return texts


@pytest.mark.parametrize("code", sorted(RULESETS))
def test_trigger_prefilter_finds_what_a_full_scan_finds(code):
    from builder.temporal.tagger import Tagger

    fast, full = Tagger(code, prefilter=True), Tagger(code, prefilter=False)
    for text, published in _prefilter_texts():
        assert [m.to_json() for m in fast.tag(text, published)] == [
            m.to_json() for m in full.tag(text, published)
        ], text[:80]


@pytest.mark.corpus
def test_trigger_prefilter_on_real_articles(corpus):
    import json

    from builder.temporal.tagger import Tagger

    fast, full = Tagger("id", prefilter=True), Tagger("id", prefilter=False)
    path = corpus / "id" / "news-2025-06.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(300), fh, strict=False)]
    for row in rows:
        published = dt.date.fromisoformat((row.get("published") or "2025-06-18")[:10])
        got = [m.to_json() for m in fast.tag(row["text"], published)]
        assert got == [m.to_json() for m in full.tag(row["text"], published)], row["id"]


def test_every_rule_has_triggers_and_its_examples_contain_one():
    from builder.temporal.triggers import TOKEN, token_key

    for code, rs in RULESETS.items():
        for rule in rs.rules:
            assert rule.triggers, f"{code}:{rule.name} has no triggers"
            for ex in rule.examples:
                for m in rule.regex.finditer(ex.text):
                    keys = {token_key(t) for t in TOKEN.findall(m.group(0))}
                    assert keys & rule.triggers, f"{code}:{rule.name}: {m.group(0)!r}"


def test_quoted_day_word_counts_from_the_day_it_was_said():
    text = (
        'Rapat digelar Selasa (17/6/2025).\n"Hasil rapat hari ini akan kami umumkan," kata dia, '
        "Senin (16/6/2025).\nHari ini harga naik."
    )
    said, narrated = [m for m in tag(text, dt.date(2025, 6, 18)) if m.text.lower() == "hari ini"]
    assert (said.value, said.anchor, said.anchor_value) == ("2025-06-16", "following", "2025-06-16")
    assert narrated.value == "2025-06-18"


def test_day_word_after_its_own_date_in_brackets_is_not_moved_by_a_quote():
    text = '"Kemarin, Senin (16/6), kami rapat," kata dia, Selasa (17/6/2025).'
    (kemarin,) = [m for m in tag(text, dt.date(2025, 6, 18)) if m.text == "Kemarin"]
    assert kemarin.value == "2025-06-16"


def test_clock_time_belongs_to_the_event_day_not_to_the_statement_day():
    text = (
        "Festival digelar pada Minggu (22/6/2025). Peserta dibatasi, ucap Wali Kota dalam "
        "keterangannya, Rabu (18/6/2025).\nAcara dimulai pukul 05.30 WIB."
    )
    (time,) = [m for m in tag(text, dt.date(2025, 6, 18)) if m.type == "TIME"]
    assert time.value == "2025-06-22T05:30"


def test_habit_makes_clock_times_and_yearless_dates_generic():
    published = dt.date(2025, 6, 18)
    text = "Penutupan jalan yang biasanya pukul 06.00 WIB akan dimulai pukul 05.30 WIB."
    values = [m.value for m in tag(text, published) if m.type == "TIME"]
    assert values == ["XXXX-XX-XXT06:00", "2025-06-18T05:30"]
    text = "Data dikeluarkan setiap tengah bulan yakni per tanggal 15."
    assert [m.value for m in tag(text, published) if m.type == "DATE"] == ["XXXX-XX-15"]


def test_a_day_of_a_list_takes_the_year_written_after_it():
    published = dt.date(2025, 6, 19)
    text = "Pembahasan dilakukan pada rapat pleno yang digelar pada 29 April dan 21 Mei 2024."
    assert [(m.value, m.anchor) for m in tag(text, published)] == [
        ("2024-04-29", "none"),
        ("2024-05-21", "none"),
    ]
    text = "Jurist sudah dipanggil pada 3 Juni, 11 Juni, dan 17 Juni 2024."
    assert [m.value for m in tag(text, published)] == ["2024-06-03", "2024-06-11", "2024-06-17"]
    # Not across a sentence's words of its own, nor a day written with its weekday.
    text = "Rapat digelar 29 April. Kontrak diteken 21 Mei 2024."
    assert [m.value for m in tag(text, published)] == ["2025-04-29", "2024-05-21"]
    # A month of a list too, read in a clause about the future or not.
    text = "BI menurunkan suku bunga pada Januari dan Mei 2025 dan masih akan dilakukan lagi."
    assert [m.value for m in tag(text, dt.date(2025, 7, 24))] == ["2025-01", "2025-05"]
    # Not across a new year: December before a January is the year before's.
    text = "Libur berlaku pada 30 Desember dan 2 Januari 2026."
    assert [m.value for m in tag(text, dt.date(2025, 12, 1))] == ["2025-12-30", "2026-01-02"]


def test_weekday_after_until_is_the_nearest_one():
    published = dt.date(2023, 9, 12)  # a Tuesday
    (m,) = tag("Forum itu berlangsung hingga Rabu di Vladivostok.", published)
    assert m.value == "2023-09-13"
    (m,) = tag("Forum itu berlangsung hingga Senin di Vladivostok.", published)
    assert m.value == "2023-09-11"


def test_clock_time_with_a_weekday_keeps_the_weekday():
    text = "Kereta tiba di Khasan Selasa pukul 06.00 waktu setempat."
    (m,) = [m for m in tag(text, dt.date(2023, 9, 12)) if m.type == "TIME"]
    assert (m.value, m.weekday) == ("2023-09-12T06:00", 2)


def test_absolute_dates_carry_the_tense_of_their_clause():
    published = dt.date(2025, 6, 10)
    (future,) = tag("Rapat akan berlangsung pada Rabu, 18 Juni 2025.", published)
    (past,) = tag("Serangan terjadi pada Jumat (6/6) lalu.", published)
    (plain,) = tag("Menurut laporan Rabu, 18 Juni 2025.", published)
    assert (future.value, future.tense) == ("2025-06-18", "future")
    assert (past.value, past.text, past.tense) == ("2025-06-06", "Jumat (6/6) lalu", "past")
    assert plain.tense is None


def test_a_decade_is_no_year_to_count_from():
    text = "Padel mulai populer pada 1990-an. Tiga tahun kemudian, federasi berdiri."
    values = [m.value for m in tag(text, dt.date(2025, 10, 22)) if m.type == "DATE"]
    assert values[0] == "199"
    assert all(len(v) != 4 or 1800 <= int(v) <= 2100 for v in values[1:] if v.isdigit())


def test_two_digit_year_is_read_near_the_publication_date():
    (m,) = tag("pada Rabu (11/06/25) malam", dt.date(2025, 6, 20))
    assert m.value.startswith("2025-06-11")
    (m,) = tag("lahir Senin (1/1/90) pagi", dt.date(2025, 6, 20))
    assert m.value.startswith("1990-01-01")


@pytest.mark.parametrize(
    ("code", "ex"),
    [(c, ex) for c in available() for ex in (load_data(c, "sentences") or {}).get("examples", [])],
    ids=lambda v: v if isinstance(v, str) else v["text"][:40],
)
def test_sentence_examples(code, ex):
    from builder.sentences import sentence_starts, split_sentences

    assert [s.text for s in split_sentences(ex["text"], code)] == ex["sentences"]
    assert sentence_starts(ex["text"], code) == [s.start for s in split_sentences(ex["text"], code)]


def test_sentence_starts_agree_with_the_sentences():
    from builder.sentences import sentence_starts, split_sentences
    from tests.conftest import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    texts += ["", "  \n ", "Satu. Dua!\n\nTiga?  ", "Dr. Andi di Jl. Sudirman. Lalu pulang."]
    for text in texts:
        assert sentence_starts(text) == [s.start for s in split_sentences(text)]


def _years_are_explained(text: str, published: dt.date) -> list[str]:
    """Mentions whose year is neither written, nor near the publication date, nor counted."""
    odd = []
    for m in tag(text, published):
        if m.type not in ("DATE", "TIME") or not re.match(r"\d{4}(?!\d)", m.value or ""):
            continue  # decades ("199") and centuries ("20") are no years
        year = int(m.value[:4])
        counted = [int(n) for n in re.findall(r"\d+", m.text)]
        if (
            m.value[:4] in m.text
            or abs(year - published.year) <= 60
            or any(abs(abs(year - published.year) - n) <= 1 for n in counted)
        ):
            continue
        odd.append(f"{m.text!r} -> {m.value}")
    return odd


def test_no_year_comes_from_nowhere():
    # Years like 0025 or 2125 once came from counting "tiga tahun kemudian" from a decade, or
    # "50 tahun kemudian" from the publication date.
    published = dt.date(2025, 10, 22)
    texts = [
        "Padel populer pada 1990-an. Tiga tahun kemudian, federasi berdiri.",
        "Nominasi itu dirahasiakan sampai 50 tahun kemudian.",
        "Pada abad ke-19 kota itu dibangun. Dua tahun setelahnya, pelabuhan dibuka.",
        "Pertandingan Rabu (1/1/99) pagi.",
    ]
    for text in texts:
        assert _years_are_explained(text, published) == [], text


@pytest.mark.corpus
def test_no_year_comes_from_nowhere_in_real_articles(corpus):
    import json

    path = corpus / "id" / "detik-2025-10.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(400), fh, strict=False)]
    odd = []
    for row in rows:
        published = dt.date.fromisoformat((row.get("published") or "2025-10-20")[:10])
        odd += [f"{row['id']}: {o}" for o in _years_are_explained(row["text"], published)]
    assert odd == []


def test_a_tense_cue_inside_a_quotation_is_not_the_tense_of_its_attribution():
    text = '"Industri ini akan terus tumbuh," kata dia dalam keterangannya, Selasa (10/6/2025).'
    (m,) = tag(text, dt.date(2025, 6, 10))
    assert (m.value, m.tense) == ("2025-06-10", None)
    (m,) = tag('"Kami akan bertemu pada Rabu," kata dia.', dt.date(2023, 9, 12))
    assert (m.value, m.tense) == ("2023-09-13", "future")
