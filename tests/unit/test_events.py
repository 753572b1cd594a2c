"""Events, stage by stage: language data examples, clauses, candidates, titles, merge,
salience, the gold format, and the pinned floors of the event evaluation."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from builder.evaluation import GoldError, GoldEvent, read_gold, score_timeline
from builder.events import article_candidates, extract_events, merge_candidates, salience
from builder.events.candidates import Candidate, clause_status, contest_sides
from builder.events.clauses import Clause, has_action, place_mention
from builder.events.cues import get_cues
from builder.events.entities import get_finder
from builder.events.headlines import headline_flaws
from builder.events.merge import SAME_DATE, _dated_actions, _vectors, action_lemmas
from builder.events.titles import build_headlines, build_title, sentence_subject
from builder.events.weights import story_weight, term_weight
from builder.ingest.article import Article
from builder.lang import load_data
from builder.store.schema import Event, Source
from builder.temporal import get_tagger
from tests.bench import eval_events

EVENTS = load_data("id", "events")
ENTITIES = load_data("id", "entities")
CUES = get_cues("id")


def _span(text: str, date: str) -> tuple[int, int]:
    start = text.index(date)
    return start, start + len(date)


def _article(body: str, published: str | None = "2023-09-12", aid: str = "a", outlet: str = "X"):
    return Article(
        id=aid,
        title="t",
        body=body,
        outlet=outlet,
        published=dt.date.fromisoformat(published) if published else None,
    )


# -- language data examples -------------------------------------------------------------------


@pytest.mark.parametrize("ex", EVENTS["status"]["examples"], ids=lambda e: e["text"][:40])
def test_status_examples(ex):
    assert CUES.status(ex["text"]) == ex["status"]


@pytest.mark.parametrize("ex", EVENTS["local_examples"], ids=lambda e: e["text"][:40])
def test_local_examples(ex):
    assert bool(CUES.local.search(ex["text"])) is ex["local"]


@pytest.mark.parametrize("ex", EVENTS["conditional_examples"], ids=lambda e: e["text"][:40])
def test_conditional_examples(ex):
    assert bool(CUES.conditional.search(ex["text"])) is ex["conditional"]


@pytest.mark.parametrize("ex", EVENTS["back_reference_examples"], ids=lambda e: e["text"][:40])
def test_back_reference_examples(ex):
    assert bool(CUES.back_reference.match(ex["text"])) is ex["refers"]


@pytest.mark.parametrize("ex", EVENTS["refusal_examples"], ids=lambda e: e["text"][:40])
def test_refusal_examples(ex):
    """A statement whose words deny a future ("nggak akan") made no plan: it happened. (What
    its words say decides only for a statement dated after its article's day; one dated on
    or before it was made, whatever it says.)"""
    clause = Clause("attribution", "main", 0, len(ex["text"]), reported=ex["text"])
    assert (
        clause_status(ex["text"], clause, "2025-10-14", dt.date(2025, 10, 13), CUES) == ex["status"]
    )
    assert clause_status(ex["text"], clause, "2025-10-13", dt.date(2025, 10, 13), CUES) == (
        "happened"
    )


ROLE_EXAMPLES = (
    EVENTS["citation_examples"]
    + EVENTS["access_examples"]
    + EVENTS["attribution_examples"]
    + EVENTS["span_examples"]
    + EVENTS["said_before_examples"]
)


@pytest.mark.parametrize("ex", ROLE_EXAMPLES, ids=lambda e: e["text"][:40])
def test_role_examples(ex):
    start, end = _span(ex["text"], ex["date"])
    # Whether the date is a day, as the tagger reads it: a sentence opening "Sejak <day>,"
    # dates the start of its happening.
    mentions = get_tagger("id").tag(ex["text"], dt.date(2025, 6, 20))
    day = any(m.start == start and m.precision == "day" for m in mentions)
    month = any(m.start == start and m.precision == "month" for m in mentions)
    clause = place_mention(ex["text"], start, end, CUES, day=day, month=month)
    assert clause.role == ex["role"]
    if "speaker" in ex:
        assert clause.speaker == ex["speaker"]


@pytest.mark.parametrize("ex", EVENTS["name_year_examples"], ids=lambda e: e["text"][:40])
def test_name_year_examples(ex):
    dated = {c.said for c in article_candidates(_article(ex["text"], "2025-06-18"))}
    assert (ex["date"] not in dated) is ex["edition"]


@pytest.mark.parametrize("ex", EVENTS["dateline_examples"], ids=lambda e: e["text"][:40])
def test_dateline_examples(ex):
    assert bool(CUES.dateline.match(ex["text"])) is ex["dateline"]


@pytest.mark.parametrize("ex", EVENTS["meta_examples"], ids=lambda e: e["text"][:40])
def test_meta_examples(ex):
    assert CUES.is_meta(ex["text"]) is ex["meta"]


@pytest.mark.parametrize("ex", EVENTS["same_occasion_examples"], ids=lambda e: e["text"][:40])
def test_same_occasion_examples(ex):
    assert bool(CUES.same_occasion.search(ex["text"])) is ex["same"]


_OCCASION = (
    "Menteri Desa Yandri Susanto meresmikan Koperasi Desa Merah Putih di Bogor, Rabu "
    "(18/6/2025).\n\n"
)


@pytest.mark.parametrize("ex", EVENTS["quoted_today_examples"], ids=lambda e: e["text"][:40])
def test_today_in_words_quoted_is_the_day_of_the_occasion_told_last(ex):
    """'"Hari ini ...," katanya', in an article of the 19th after words said on the 18th, is
    of the 18th; not in words posted, nor outside words quoted."""
    occasion = '"Saya ingin menempuh jalur hukum," kata Sahara kepada wartawan, Kamis (18/9/2025).'
    cands = article_candidates(_article(occasion + "\n\n" + ex["text"], "2025-09-19"))
    assert [c.date for c in cands if c.said.lower() == "hari ini"] == [ex["date"]]


def test_statement_at_the_same_occasion_is_dated_by_it():
    body = (
        _OCCASION + "Dalam kesempatan yang sama, Wakil Menteri Desa Ahmad Riza Patria menyebut "
        "Kopdes Merah Putih mempercepat pembangunan desa.\n\n"
        'Di acara yang sama, "Kami siap mendampingi koperasi," kata Ketua Dekopin Bambang '
        "Haryadi.\n\n"
        # A word of when with no date of its own, a speaker after words in lower case, and a
        # verb of advice.
        "Sebelumnya dalam kesempatan yang sama, ekonom senior AS Arthur Laffer menyarankan "
        "penerapan pajak tetap."
    )
    cands = article_candidates(_article(body, "2025-06-20"))
    said = [c for c in cands if c.at_occasion]
    assert [(c.date, c.speaker, c.said) for c in said] == [
        ("2025-06-18", "Wakil Menteri Desa Ahmad Riza Patria", "Rabu (18/6/2025)"),
        ("2025-06-18", "Ketua Dekopin Bambang Haryadi", "Rabu (18/6/2025)"),
        ("2025-06-18", "ekonom senior AS Arthur Laffer", "Rabu (18/6/2025)"),
    ]
    assert said[0].title.endswith("Kopdes Merah Putih mempercepat pembangunan desa")
    assert {c.role for c in said} == {"attribution"}


def test_statement_told_again_by_where_it_was_made_is_one_statement():
    body = (
        "Menteri Desa Yandri Susanto mengapresiasi Provinsi Maluku.\n\n"
        '"Sudah seratus persen pembentukan Kopdes Merah Putih di Provinsi Maluku. Kami '
        'meyakini koperasi ini bisa menjadi aktor kesejahteraan," ujar Yandri, dalam '
        "keterangan tertulis, Rabu (18/6/2025). Hal tersebut ia sampaikan saat peluncuran "
        "Kopdes Merah Putih Provinsi Maluku di Auditorium Universitas Pattimura, Ambon, Rabu "
        "(18/6)."
    )
    said = [c for c in article_candidates(_article(body, "2025-06-18")) if c.role == "attribution"]
    assert [(c.date, c.speaker, c.said) for c in said] == [
        ("2025-06-18", "Yandri Susanto", "Rabu (18/6/2025)")
    ]
    assert said[0].occasion and "peluncuran" in said[0].occasion
    # On another day it is another statement.
    later = body.replace("Ambon, Rabu (18/6)", "Ambon, Kamis (19/6)")
    dates = [c.date for c in article_candidates(_article(later, "2025-06-19"))]
    assert dates == ["2025-06-18", "2025-06-19"]


def test_statement_at_the_same_occasion_needs_a_new_speaker_and_a_written_day():
    # Quoted with a day of his own elsewhere in the article: his words are of that day.
    quoted = (
        _OCCASION + "Dalam kesempatan yang sama, Wakil Menteri Desa Ahmad Riza Patria menyebut "
        "koperasi mempercepat pembangunan desa.\n\n"
        '"Kami optimistis," kata Ahmad Riza Patria, Kamis (19/6/2025).'
    )
    assert not [c for c in article_candidates(_article(quoted, "2025-06-20")) if c.at_occasion]
    # An occasion told only as "kemarin" inside words quoted is no day to date others by.
    vague = (
        '"Kita kemarin sudah membahas itu," kata Presiden Prabowo Subianto.\n\n'
        "Di tempat yang sama, Menteri Perindustrian Agus Gumiwang Kartasasmita mengatakan "
        "pemerintah tegas."
    )
    assert not [c for c in article_candidates(_article(vague, "2025-06-18")) if c.at_occasion]
    # Nor does a statement that does not say it was made there.
    apart = _OCCASION + "Wakil Menteri Desa Ahmad Riza Patria menyebut koperasi penting."
    assert not [c for c in article_candidates(_article(apart, "2025-06-20")) if c.at_occasion]


@pytest.mark.parametrize("ex", EVENTS["topic_shift_examples"], ids=lambda e: e["text"][:40])
def test_topic_shift_examples(ex):
    assert bool(CUES.topic_shift.search(ex["text"])) is ex["shift"]


@pytest.mark.parametrize("ex", EVENTS["occasion_examples"], ids=lambda e: e["tail"][:40])
def test_occasion_examples(ex):
    from builder.events.clauses import occasion

    assert occasion(ex["tail"], CUES) == ex["occasion"]


@pytest.mark.parametrize("ex", EVENTS["attribute_examples"], ids=lambda e: e["text"][:40])
def test_attribute_examples(ex):
    """A date that says who someone is (born, enrolled) or when a vehicle was made dates no
    event of its sentence."""
    dates = {c.said for c in article_candidates(_article(ex["text"], "2025-10-20"))}
    assert (ex["date"] in dates) is ex["event"], dates


@pytest.mark.parametrize(
    "ex", EVENTS["title"]["quote_opener_examples"], ids=lambda e: e["title"][:40]
)
def test_quote_opener_examples(ex):
    """A statement's headline leaves out a word of speech that opens what was said."""
    from builder.events.titles import without_opener

    assert without_opener(ex["title"], CUES) == ex["headline"]


@pytest.mark.parametrize("ex", EVENTS["period_examples"], ids=lambda e: e["text"][:40])
def test_period_examples(ex):
    """The day a financial year ends, the year a dividend is of, date no event; the day a
    dividend is paid does."""
    dates = {c.said for c in article_candidates(_article(ex["text"], "2025-06-19"))}
    assert (ex["date"] in dates) is ex["event"], dates


@pytest.mark.parametrize("ex", EVENTS["clock_range_examples"], ids=lambda e: e["text"][:40])
def test_clock_range_examples(ex):
    """Two ranges of clock times in a sentence are hours kept, no event; one alone may be."""
    dates = {c.said for c in article_candidates(_article(ex["text"], "2025-06-19"))}
    assert (ex["date"] in dates) is ex["event"], dates


@pytest.mark.parametrize("ex", EVENTS["coverage_examples"], ids=lambda e: e["text"][:40])
def test_coverage_examples(ex):
    """A month of a list a programme is for dates no event; months of happenings do."""
    dates = {c.said for c in article_candidates(_article(ex["text"], "2025-10-20"))}
    assert (ex["date"] in dates) is ex["event"], dates


@pytest.mark.parametrize("ex", EVENTS["clause_examples"], ids=lambda e: e["text"][:40])
def test_clause_examples(ex):
    clause = place_mention(ex["text"], *_span(ex["text"], ex["date"]), CUES)
    assert ex["text"][clause.start : clause.end].strip() == ex["clause"].strip()
    assert clause.kind == ex["kind"]
    if "head" in ex:
        assert clause.head == ex["head"]


@pytest.mark.parametrize("ex", EVENTS["action_examples"], ids=lambda e: e["text"][:40])
def test_action_examples(ex):
    assert has_action(ex["text"], CUES) is ex["action"]


@pytest.mark.parametrize("ex", EVENTS["title"]["examples"], ids=lambda e: e["text"][:40])
def test_title_examples(ex):
    span = _span(ex["text"], ex["date"])
    clause = place_mention(ex["text"], *span, CUES)
    assert build_title(ex["text"], [span], clause, CUES) == ex["title"]
    title, phrased, _ = build_headlines(ex["text"], [span], clause, CUES)
    assert title == ex["title"]
    assert phrased == ex.get("phrased", ex["title"])


@pytest.mark.parametrize("ex", EVENTS["headline_checks"]["examples"], ids=lambda e: e["title"][:40])
def test_headline_check_examples(ex):
    assert headline_flaws(ex["title"], ex.get("summary", ""), ex.get("status")) == ex["flaws"]


def _candidate(text: str, date: str = "2023-09-13", article: str = "a", **kw) -> Candidate:
    base = {
        "article": article,
        "outlet": kw.pop("outlet", article),
        "published": kw.pop("published", dt.date(2023, 9, 13)),
        "quote": text,
        "said": "Rabu",
        "date": date,
        "status": kw.pop("status", "happened"),
        "title": text,
        "summary": text,
        "context": text,
    }
    return Candidate(**base, **kw)


#: Sentences of another date, unlike any story's, that every step-3 test sets beside its own.
UNRELATED = ("Harga cabai naik di pasar induk", "Tim nasional menang tipis")


def _step3(
    told: list[Candidate], fillers: list[str], clusters: list[list[int]] | None = None
) -> list[list[int]]:
    """The clusters after step 3 of the merge on ``told`` (one cluster each, unless
    ``clusters`` groups them), beside sentences of another date (``UNRELATED``, then
    ``fillers``: words of the story's kind) that give the vectoriser a corpus in which shared
    words are informative."""
    from builder.events.merge import _join_conflicting, _signals, candidate_features

    texts = [*UNRELATED, *fillers]
    others = [_candidate(text, "2025-06-01", f"f{n}") for n, text in enumerate(texts)]
    everything = [*told, *others]
    for c in everything:
        c.features = candidate_features(c)
    groups = [*(clusters or [[k] for k in range(len(told))])]
    groups += [[k] for k in range(len(told), len(everything))]
    date_of = [everything[g[0]].date for g in groups]
    _join_conflicting(groups, date_of, everything, _vectors(everything), _signals(everything))
    return groups


@pytest.mark.parametrize("ex", EVENTS["similarity"]["examples"], ids=lambda e: e["a"][:30])
def test_similarity_examples(ex):
    # Two unrelated fillers give the vectoriser a corpus in which shared words are informative.
    docs = [ex["a"], ex["b"], "Harga cabai naik di pasar induk", "Tim nasional menang tipis"]
    vectors = _vectors([_candidate(d) for d in docs])
    cosine = float((vectors[0] @ vectors[1].T).toarray()[0, 0])
    assert (cosine >= SAME_DATE) is ex["alike"]


@pytest.mark.parametrize(
    "ex", EVENTS["similarity"]["action_examples"], ids=lambda e: e["text"][:40]
)
def test_action_lemma_examples(ex):
    assert action_lemmas(ex["text"]) == ex["actions"]


def test_the_action_a_date_dates_takes_no_name_after_a_comma_for_one():
    # The words between the last comma and the date: "Kecamatan" there is a name, not
    # "camat" (so a report of the find agrees with "Penemuan ... berawal" on the action).
    c = replace(
        _candidate(
            "Potongan tubuh pertama ditemukan oleh warga di Korong Duku, Kecamatan Batang Anai "
            "pada Selasa, 17 Juni 2025.",
        ),
        said="Selasa, 17 Juni 2025",
        title="Potongan tubuh pertama ditemukan oleh warga di Korong Duku",
    )
    assert _dated_actions(c, "id") == ["temu"]
    # Opening the sentence, a capitalised word may be what happened.
    assert action_lemmas("Penemuan potongan tubuh", "id") == ["temu"]


def test_term_weights_come_from_the_language_not_the_corpus():
    # A rare word weighs more than a common one, whatever is being merged.
    assert term_weight("khasan") > term_weight("erupsi") > term_weight("indonesia")
    # A name the corpus repeats is weighed down by its own count, never by the corpus size.
    assert story_weight(300) < story_weight(3) <= term_weight("khasan")


def test_adding_an_unrelated_candidate_changes_no_other_event():
    texts = [
        ("Gunung Lewotobi meletus dan menyemburkan abu setinggi 10.000 meter", "2025-06-17"),
        ("Erupsi Gunung Lewotobi membuat tiga bandara ditutup", "2025-06-18"),
        ("Pemerintah Aceh menggelar rapat soal empat pulau", "2025"),
        ("Presiden memutuskan empat pulau masuk wilayah Aceh", "2025-06-17"),
    ]
    cands = [_candidate(t, d, f"a{i}") for i, (t, d) in enumerate(texts)]
    before = {e.id: e.model_dump() for e in merge_candidates(cands)}
    extra = _candidate("Harga cabai naik di pasar induk Kramat Jati", "2025-06-18", "z")
    after = {e.id: e.model_dump() for e in merge_candidates([*cands, extra])}
    assert {k: v for k, v in after.items() if k in before} == before


def test_statements_naming_different_people_are_not_one():
    def verdict(name, article):
        text = (
            f'"Mengadili, menyatakan Terdakwa {name} terbukti secara sah dan meyakinkan '
            f'bersalah," ujar ketua majelis hakim Rosihan Juhriah Rangkuti, Rabu (18/6/2025).'
        )
        return _candidate(
            text,
            "2025-06-18",
            article,
            role="attribution",
            speaker="Rosihan Juhriah Rangkuti",
            actors=["Rosihan Juhriah Rangkuti", name],
        )

    cands = [
        verdict("Zarof Ricar", "a1"),
        verdict("Zarof Ricar", "a2"),
        verdict("Lisa Rachmat", "a3"),
        verdict("Lisa Rachmat", "a4"),
    ]
    events = merge_candidates(cands)
    assert sorted(sorted(s.article for s in e.sources) for e in events) == [
        ["a1", "a2"],
        ["a3", "a4"],
    ]


@pytest.mark.parametrize(
    ("body", "mixed"),
    [
        # A list of dates: its words tell each alike.
        ("Jurist sudah dipanggil oleh penyidik pada 3 Juni 2025 dan 11 Juni 2025.", False),
        ("Bagnaia menang di MotoGP Italia pada 2022, 2023 dan 2024.", False),
        # Two dates of two things in one clause: its words cannot say which is whose.
        ("Sidang ditunda dari Senin (16/6/2025) ke Rabu (18/6/2025).", True),
    ],
)
def test_a_list_of_dates_is_no_mixed_clause(body, mixed):
    cands = article_candidates(_article(body, "2025-06-19"))
    assert len({c.date for c in cands}) >= 2
    assert {c.mixed for c in cands} == {mixed}


def test_a_speaker_named_by_what_he_is_called_and_his_words_past_their_opening_phrase():
    body = (
        '"Dengan berfokus pada efisiensi, kualitas layanan, dan keberlanjutan, kami optimis '
        'untuk terus bertumbuh," kata pria yang akrab disapa Andre ini seperti dikutip dari '
        "keterangan resmi, Kamis (19/6/2025)."
    )
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert (c.role, c.speaker, c.date) == ("attribution", "Andre", "2025-06-19")
    assert c.title == "Andre: Kami optimis untuk terus bertumbuh"


def test_ujarnya_after_dia_is_whom_dia_stands_for_not_the_host_named_beside():
    body = (
        "Sebelumnya, Gubernur Aceh Muzakir Manaf mengatakan pemda akan mencari migas di "
        "empat pulau itu.\nDitemui di rumah mantan Wakil Presiden Jusuf Kalla (JK), dia "
        "menegaskan niat tersebut. “Agaknya seperti itu. Kemungkinan,” ujarnya kepada Tempo di "
        "kawasan Brawijaya, Jakarta Selatan, Selasa malam, 17 Juni 2025."
    )
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert (c.role, c.speaker) == ("attribution", "Muzakir Manaf")


def test_words_that_make_no_headline_are_headlined_by_what_the_outlet_says_was_said():
    # "Lilik Pudjiastuti: dobel" is no headline.
    body = (
        "Kepala Biro Pemerintahan Setdaprov Jatim, Lilik Pudjiastuti mengatakan pihaknya menunggu "
        'keputusan Kemendagri soal 13 pulau itu.\n"Dari awal sudah ada dualisme, sudah dobel," '
        "ujarnya, Kamis (19/6/2025)."
    )
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert c.headline == "Lilik Pudjiastuti: pihaknya menunggu keputusan Kemendagri soal 13 pulau"
    # Not what a verb of his takes ("menyampaikan rasa puasnya terhadap ..."): no clause.
    body = body.replace("mengatakan pihaknya menunggu", "menyampaikan rasa puasnya terhadap")
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert c.headline is None or "rasa puasnya" not in c.headline


def test_a_long_report_of_what_a_person_said_is_headlined_as_his_words():
    body = (
        "Wakil Menteri Keuangan Suahasil Nazara hadir di Jakarta.\nWakil Menteri Keuangan "
        "Suahasil Nazara memaparkan, secara keseluruhan realisasi belanja K/L mencapai Rp 800,9 "
        "triliun hingga akhir September 2025."
    )
    (c,) = article_candidates(_article(body, "2025-10-15"))
    assert c.headline == (
        "Suahasil Nazara: secara keseluruhan realisasi belanja K/L mencapai Rp 800,9 triliun"
    )


def test_hal_itu_diungkapkan_olehnya_dates_what_a_titled_speaker_was_told_to_say():
    body = (
        "BPJS Kesehatan terus berupaya menekan angka penyakit kronis.\nDirektur Jaminan "
        "Pelayanan Kesehatan BPJS Kesehatan Lily Kresnowati menjelaskan bahwa perubahan pola "
        "hidup masyarakat turut berkontribusi terhadap meningkatnya penyakit tidak menular. "
        "Hal itu diungkapkan olehnya saat membuka kegiatan talkshow dengan tema Sehat Bersama "
        "Prolanis, Senin (20/10/2025)."
    )
    (c,) = article_candidates(_article(body, "2025-10-21"))
    assert (c.role, c.speaker, c.date) == ("attribution", "Lily Kresnowati", "2025-10-20")


def test_the_titles_before_a_speakers_name_name_no_one_else():
    # His office ("Asisten Administrasi Sekretariat Daerah ...") and where the next sentence
    # says he said it are not people his words are about: one statement, not two.
    said = _candidate(
        '"Angka ini menegaskan, Jawa Tengah mampu menjaga momentum ekonomi," kata Asisten '
        "Administrasi Sekretariat Daerah Provinsi Jawa Tengah, Dhoni Widianto dalam keterangan "
        "tertulis, Selasa (21/10/2025).",
        "2025-10-21",
        "a1",
        role="attribution",
        speaker="Dhoni Widianto",
        actors=[
            "Dhoni Widianto",
            "Sekretariat Daerah Provinsi Jawa Tengah",
            "Asisten Administrasi",
        ],
    )
    where = _candidate(
        "Hal itu ia katakan dalam acara Focus Group Discussion (FGD) Sosialisasi Sensus Ekonomi "
        "2026, Badan Pusat Statistik (BPS) Jateng, di Harris Sentraland Semarang, hari ini.",
        "2025-10-21",
        "a1",
        role="attribution",
        speaker="Dhoni Widianto",
        actors=["Dhoni Widianto", "Badan Pusat Statistik", "Focus Group Discussion"],
    )
    where.sentence = said.sentence + 1
    assert len(merge_candidates([said, where])) == 1


def test_a_report_like_two_peoples_words_does_not_join_them():
    """Average linkage would join a chairman's words and an official's through a report
    like both; two people's words of one day stay two statements (``APART``)."""
    from builder.events import merge as M

    chair = _candidate(
        '"Komisi III DPR meminta Bawas MA menindaklanjuti laporan Koalisi Advokat Pemantau '
        'Peradilan terkait dugaan pelanggaran hakim," kata Ketua Komisi III DPR Habiburokhman, '
        "Jumat (20/6/2025).",
        "2025-06-20",
        "a2",
        role="attribution",
        speaker="Habiburokhman",
        actors=["Habiburokhman", "Komisi III DPR", "Koalisi Advokat Pemantau Peradilan"],
    )
    official = _candidate(
        '"Memang benar kemarin kita menerima pengaduan dari Koalisi Advokat Pemantauan '
        'Peradilan terkait dugaan pelanggaran hakim," kata Kepala Bawas MA Suradi, Jumat '
        "(20/6/2025).",
        "2025-06-20",
        "a1",
        role="attribution",
        speaker="Suradi",
        actors=["Suradi", "Koalisi Advokat Pemantauan Peradilan"],
    )
    report = _candidate(
        "Laporan Koalisi Advokat Pemantau Peradilan terkait dugaan pelanggaran hakim diterima "
        "Bawas MA dan dibahas Komisi III DPR.",
        "2025-06-20",
        "a4",
        actors=["Koalisi Advokat Pemantau Peradilan", "Komisi III DPR", "Bawas MA"],
    )
    told = [chair, official, report]
    for c in told:
        c.features = M.candidate_features(c)
    clusters = M._cluster([0, 1, 2], M._vectors(told), told, M._signals(told))
    assert [1] in clusters, clusters


def test_the_office_a_speaker_spoke_at_names_no_one_else():
    # "kata Yuliot di Kantor Kementerian ESDM": where he said it, not whom his words are about;
    # his words of that day in another outlet, beside his title, are the same statement.
    here = _candidate(
        '"Ini kita lagi siapkan PP-nya untuk pemurnian bahan radioaktif," kata Yuliot di '
        "Kantor Kementerian ESDM, Jakarta Pusat, Jumat (20/6/2025).",
        "2025-06-20",
        "a1",
        role="attribution",
        speaker="Yuliot",
        actors=["Yuliot", "Kantor Kementerian ESDM"],
    )
    there = _candidate(
        '"Kita tunggu penjelasan dari Pak Menteri soal PLTN," ujar Wakil Menteri ESDM Yuliot '
        "Tanjung, Jumat (20/6/2025).",
        "2025-06-20",
        "a2",
        role="attribution",
        speaker="Yuliot Tanjung",
        actors=["Yuliot Tanjung", "Kementerian ESDM"],
    )
    assert len(merge_candidates([here, there])) == 1


@pytest.mark.parametrize("ex", ENTITIES["reference_examples"], ids=lambda e: e["text"][:40])
def test_reference_examples(ex):
    refs = get_finder("id").references(
        ex["text"], ex["people_before"], ex["places_before"], None, ex.get("rules_before")
    )
    assert [list(r) for r in refs.replacements] == ex["replacements"]


@pytest.mark.parametrize("ex", ENTITIES["rule_name_examples"], ids=lambda e: e["text"][:40])
def test_rule_name_examples(ex):
    assert get_finder("id").rule_names(ex["text"]) == ex["rules"]


@pytest.mark.parametrize("ex", ENTITIES["examples"], ids=lambda e: e["text"][:40])
def test_entity_examples(ex):
    found = get_finder("id").find(ex["text"])
    assert found.actors == ex["actors"]
    assert found.places == ex["places"]
    if "people" in ex:
        assert found.people == ex["people"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # A first name alone is the person named in full before.
        ("Kemudian Purbaya menjelaskan anggaran sudah disiapkan.", True),
        # The first word of a thing named after a company the sentence names is no person.
        ("Produksi PT Pindad, sebagai produsen kendaraan Maung, belum mencukupi.", False),
        # A thing named by a common word is no one that word alone stands for.
        ("Data ini dihimpun melalui survei BPS di seluruh provinsi.", False),
        # Nor a word that begins another name ("Jaminan Kesehatan Nasional" named before).
        ("Anggaran Jaminan Pelayanan Kesehatan naik tahun ini.", False),
    ],
)
def test_a_known_name_written_short_is_a_person_unless_an_organisations_thing(sentence, person):
    known = [
        "Purbaya Yudhi Sadewa",
        "Maung Pindad",
        "Data Tunggal Sosial",
        "Jaminan Kesehatan Nasional",
    ]
    found = get_finder("id").find(sentence, known, [])
    assert bool(found.people) is person, found


def test_ia_opening_a_sentence_is_the_subject_before_when_that_named_several():
    """ "Ia" is the one person the sentence before named; when it named two, its subject."""
    finder = get_finder("id")
    text = "Ia akhirnya keluar dan mendirikan partai bawah tanah PARI pada 1927."
    people = ["Tan Malaka", "Tjokroaminoto"]
    assert finder.references(text, people, [], "Tan Malaka").replacements == [("Ia", "Tan Malaka")]
    # Not a subject that is no one's name.
    assert finder.references(text, people, [], "Partai itu").replacements == []


def test_a_run_of_ia_is_the_person_named_before_even_by_common_words():
    """ "Budi Santoso" is a name of dictionary words, but a titled person's: "Ia" after him,
    and the "Ia" after that, are he."""
    body = (
        "Mayor Jenderal Budi Santoso dilantik di Jakarta.\nIa lahir pada 1970 di Padang.\n"
        "Ia menyelesaikan Sekolah Perwira pada 1995."
    )
    titles = [c.title for c in article_candidates(_article(body, "2025-06-18"))]
    assert titles == ["Budi Santoso lahir di Padang", "Budi Santoso menyelesaikan Sekolah Perwira"]


def test_a_borrowed_subject_that_points_back_is_named_in_the_headline():
    """ "Dia ... untuk membela Persikabo": the headline of the purpose clause names him."""
    body = (
        "Pemain asing itu adalah bek asal Brasil, Lucas Gama. Lucas bukan sosok asing di Liga 1. "
        "Dia pertama kali datang ke Indonesia pada musim 2022 untuk membela Persikabo pada "
        "Senin (16/6/2025)."
    )
    titles = [c.title for c in article_candidates(_article(body, "2025-06-18"))]
    assert titles and all("Dia " not in t for t in titles), titles


def test_a_title_and_its_short_form_in_brackets_both_name_the_person_after_them():
    found = get_finder("id").find("Menteri Luar Negeri (Menlu) RI Sugiono tiba di Moskow.")
    assert found.actors == ["Sugiono"]
    assert sorted(found.titled) == [("menteri luar negeri", "Sugiono")] * 2
    # Each form as data gives it: "Menlu" is the foreign minister, however written.
    assert get_finder("id").title_key("MENLU") == "menteri luar negeri"


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("kata Menlu", "Sugiono"),
        ("kata Menteri Luar Negeri RI", "Sugiono"),
        ("kata Menteri Pertahanan", "Menteri Pertahanan"),  # no defence minister named
    ],
)
def test_a_speaker_named_by_title_alone_is_the_person_last_named_with_it(said, speaker):
    body = (
        "Menteri Luar Negeri Sugiono mengatakan 380 WNI berada di Iran.\n\n"
        f'"Mereka terancam serangan yang terus meningkat," {said}, Kamis (19/6/2025).'
    )
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert (c.role, c.speaker) == ("attribution", speaker)
    assert c.title.startswith(f"{speaker}:")


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (
            "kata Direktur Perlindungan WNI Kemlu, Judha Nugraha dalam keterangannya",
            "Judha Nugraha",
        ),
        ("kata kuasa hukum Nadiem, Hotman Paris, saat dikonfirmasi", "Hotman Paris"),
        # After the comma, a place is where it was said, not who said it.
        ("kata Kepala Dinas Perhubungan, Jakarta Pusat", "Kepala Dinas Perhubungan"),
    ],
)
def test_a_speakers_name_after_the_comma_of_his_title_is_the_speaker(tail, speaker):
    body = f'"Proses evakuasi sedang berjalan via jalan darat," {tail}, Jumat (20/6/2025).'
    (c,) = article_candidates(_article(body, "2025-06-20"))
    assert (c.role, c.speaker) == ("attribution", speaker)


@pytest.mark.parametrize(
    ("subject", "role"), [("Sugiono", "attribution"), ("Kementerian itu", "plain")]
)
def test_a_person_who_says_what_the_clause_reports_makes_a_statement(subject, role):
    body = (
        "Menteri Luar Negeri Sugiono meminta WNI tenang.\n\n"
        f"Melalui unggahan di akun Instagram pada Kamis (19/6/2025), {subject} menyampaikan "
        "bahwa KBRI Teheran bersama Kementerian Luar Negeri juga telah menyiapkan "
        "langkah-langkah evakuasi."
    )
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert c.role == role
    if role == "attribution":
        # What was said, its date words left out where they stand, not where a quotation's
        # would (at the start of the sentence).
        assert c.title == (
            "Sugiono: KBRI Teheran bersama Kementerian Luar Negeri menyiapkan langkah-langkah "
            "evakuasi"
        )


def test_a_place_written_before_a_name_is_not_part_of_it():
    found = get_finder("id").find("Pemimpin Korea Utara Kim Jong Un tiba di Rusia.")
    assert "Kim Jong Un" in found.actors
    assert not any(a.startswith("Korea") for a in found.actors)


def test_a_ministers_short_title_is_the_minister_named_with_his_portfolio():
    body = (
        "Penyaluran bansos tahap kedua dikatakan Menteri Sosial Saifullah Yusuf bakal rampung "
        'pekan ini.\n\n"Ada beberapa KPM yang batal salur," kata Mensos di kantornya, Rabu '
        "(18/6/2025)."
    )
    cands = article_candidates(_article(body, "2025-06-18"))
    assert [c.speaker for c in cands if c.role == "attribution"] == ["Saifullah Yusuf"]


def test_a_datelines_dash_joins_no_name_but_a_hyphen_does():
    finder = get_finder("id")
    found = finder.find("Liputan6.com, Banyuwangi -Ayah penyanyi Farel Prayoga ditangkap.")
    assert not any("Banyuwangi" in a for a in found.actors), found.actors
    assert "Kim Jong-Un" in finder.find("Putin bertemu Kim Jong-Un di Vostochny.").actors


# -- candidates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, title",
    [
        (
            "Liputan6.com, Jakarta -Perang Iran-Israel yang pecah pada Jumat (13/6/2025), "
            "menjadi pukulan baru bagi ekonomi global.",
            "Perang Iran-Israel pecah, menjadi pukulan baru bagi ekonomi global",
        ),
        (
            "Liputan6.com, Jakarta -Iran akan kembali ke meja perundingan jika serangan "
            "dihentikan, kata Presiden Iran Masoud Pezeshkian, Rabu (18/6/2025).",
            "Presiden Iran Masoud Pezeshkian: Iran akan kembali ke meja perundingan",
        ),
        (
            "Liputan6.com, Banyuwangi -Ayah penyanyi Farel Prayoga, Joko, ditangkap polisi pada "
            "Selasa (10/6/2025).",
            "Ayah penyanyi Farel Prayoga, Joko, ditangkap polisi",
        ),
    ],
)
def test_an_articles_dateline_is_no_part_of_its_first_headline(body, title):
    cands = article_candidates(_article(body, "2025-06-18"))
    assert [c.title for c in cands] == [title]


def test_a_citation_date_makes_no_event_but_a_statement_date_does():
    body = (
        "Seperti dilansir AFP, Sabtu (25/5/2024), rencana kunjungan itu diumumkan Kremlin.\n\n"
        '"Bandara hari ini ditutup karena abu vulkanik," ujar Partahian, Rabu (22/5/2024).'
    )
    cands = article_candidates(_article(body, "2024-05-25"))
    assert [c.date for c in cands] == ["2024-05-22"]
    assert cands[0].role == "attribution"
    assert cands[0].title.startswith("Partahian:")


def test_sejak_before_a_date_is_a_span_and_before_a_clause_names_a_happening():
    body = (
        "Amerika Serikat telah menuduh Korea Utara sejak tahun lalu menyediakan senjata.\n\n"
        "Kunjungan ini akan menjadi kunjungan Kim yang ke-10 sejak mengambil alih kekuasaan "
        "pada tahun 2011."
    )
    cands = article_candidates(_article(body, "2023-09-11"))
    assert [(c.date, c.status, c.role) for c in cands] == [("2011", "happened", "span_start")]
    assert "mengambil alih kekuasaan" in cands[0].title


def test_one_sentence_can_report_two_events():
    body = (
        "Kim tiba di Khasan pada Selasa (12/9/2023), setelah menaiki kereta pribadinya pada "
        "Minggu (10/9/2023)."
    )
    dates = sorted(c.date for c in article_candidates(_article(body)))
    assert dates == ["2023-09-10", "2023-09-12"]


def test_a_date_without_an_action_makes_no_event():
    body = (
        "Tahun lalu, suasana kota itu lain.\n\nKim Jong Un tiba di Rusia pada Selasa (12/9/2023)."
    )
    cands = article_candidates(_article(body))
    assert [c.date for c in cands] == ["2023-09-12"]


def test_a_dateline_makes_no_event():
    body = "JAKARTA, Rabu (18/6/2025) - Presiden meninjau banjir di Bekasi pada Senin (16/6/2025)."
    cands = article_candidates(_article(body, "2025-06-18"))
    assert [c.date for c in cands] == ["2025-06-16"]


def test_status_from_modality_tense_and_conditions():
    body = (
        "KTT tersebut kemungkinan akan berlangsung pada Rabu (13/9/2023).\n\n"
        "Kim akan bertemu Putin pada Jumat (15/9/2023).\n\n"
        "Sullivan memperingatkan pada Selasa (5/9/2023) bahwa Korea Utara akan membayar akibat "
        "jika mencapai kesepakatan senjata."
    )
    status = {c.date: c.status for c in article_candidates(_article(body))}
    assert status == {"2023-09-13": "expected", "2023-09-15": "planned", "2023-09-05": "happened"}


def test_a_happening_named_again_points_back_to_the_sentence_before():
    body = (
        "Penyerahan dilakukan oleh Kolektif 17+8 Indonesia Berbenah. Penyerahan di Gerbang "
        "Pancasila kompleks parlemen, Senayan, Jakarta, Kamis (4/9)."
    )
    (c,) = article_candidates(_article(body, "2025-09-05"))
    assert "Kolektif 17+8" in (c.context or "")
    # Not a word that only opens both ("Pada ... Pada ...").
    body = "Pemerintah menaikkan harga. Pemerintah menurunkan pajak pada Kamis (4/9)."
    (c,) = article_candidates(_article(body, "2025-09-05"))
    assert "menaikkan" not in (c.context or "")


def test_a_quotation_lends_no_speaker_its_first_words():
    body = (
        "Anggun resmi bergabung sebagai pemeran serial Reacher.\n\n"
        '"Saya sangat senang bisa terpilih. Saya sangat menyukai serial ini," tuturnya '
        "dalam keterangan resmi, Minggu (15/6/2025)."
    )
    (c,) = article_candidates(_article(body, "2025-06-15"))
    assert not c.title.startswith(('"', "Saya sangat senang")), c.title


def test_a_plan_whose_day_is_long_past_happened():
    # A week and more before the day of writing, "hendak" tells what someone was about to do
    # when something happened; a schedule just passed is still told as one; a quarter that
    # runs to the month of writing is not past.
    body = (
        "Hendak berangkat kuliah pada Jumat (3/10/2025), korban dihadang pelaku.\n\n"
        "Rapat dijadwalkan digelar pada Senin (13/10/2025).\n\n"
        "Bantuan akan disalurkan pada triwulan keempat 2025."
    )
    status = {c.date: c.status for c in article_candidates(_article(body, "2025-10-18"))}
    assert status == {"2025-10-03": "happened", "2025-10-13": "planned", "2025-10": "planned"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # What the subject said after its act ("dan mengatakan akan ...") is not the act's.
        (
            "Air New Zealand membatalkan dua penerbangan pada Rabu (13/9/2023) dan mengatakan "
            "akan terus memantau awan abu.",
            "happened",
        ),
        ("Presiden akan berkunjung pada Rabu (13/9/2023) dan mengatakan siap bertemu.", "planned"),
        # A reporting verb that is the clause's own reports what it says.
        ("Kementerian mengatakan pada Rabu (13/9/2023) bahwa jalan akan ditutup.", "planned"),
    ],
)
def test_what_a_subject_says_after_its_act_is_not_its_modality(body, status):
    (c,) = article_candidates(_article(body, "2023-09-13"))
    assert c.status == status


def test_a_date_after_a_citation_of_a_dated_statement_makes_no_second_statement():
    """The statement's own day is the one its attribution gives; the one after "dilansir
    Antara" is when Antara told it. With no day of its own, the cited day dates it."""
    dated = (
        '"Satu-satunya jalur darat," ujar Sugiono di St. Petersburg, Rusia, Rabu (18/6) waktu '
        "setempat dilansir Antara, Kamis (19/6/2025)."
    )
    assert [c.date for c in article_candidates(_article(dated, "2025-06-19"))] == ["2025-06-18"]
    undated = (
        '"Saya memutuskan," kata Sugiono di St. Petersburg, dilansir Antara, Kamis (19/6/2025).'
    )
    assert [c.date for c in article_candidates(_article(undated, "2025-06-19"))] == ["2025-06-19"]


def test_a_clock_time_takes_the_day_named_beside_it():
    body = "Gunung Lewotobi meletus pada pukul 17.41 WITA kemarin sore."
    cands = article_candidates(_article(body, "2025-06-18"))
    assert [(c.date, c.time) for c in cands] == [("2025-06-17", "17:41 WITA")]


def test_an_undated_article_uses_only_absolute_dates():
    body = "Kim tiba di Khasan pada Selasa.\n\nKim dan Putin bertemu pada 13 September 2023."
    cands = article_candidates(_article(body, None))
    assert [c.date for c in cands] == ["2023-09-13"]


# -- merge ------------------------------------------------------------------------------------


def test_merge_joins_sources_across_articles_and_precisions():
    first = _article(
        "Kim Jong Un dan Vladimir Putin dijadwalkan menggelar KTT di Kosmodrom Vostochny pada "
        "Rabu (13/9/2023).",
        "2023-09-12",
        "a1",
        "Satu",
    )
    later = _article(
        "Tahun lalu, Kim Jong Un dan Vladimir Putin menggelar pertemuan puncak di Kosmodrom "
        "Vostochny.",
        "2024-05-25",
        "a2",
        "Dua",
    )
    other = _article(
        "Harga cabai di Pasar Induk Kramat Jati naik pada Senin (11/9/2023).", "2023-09-12", "a3"
    )
    events = extract_events([first, later, other])
    summit = [e for e in events if "Vostochny" in e.summary]
    assert len(summit) == 1
    assert summit[0].date == "2023-09-13"
    assert {s.article for s in summit[0].sources} == {"a1", "a2"}
    # Planned in the first article, reported as past by the later one: it happened.
    assert summit[0].status == "happened"


def test_merge_reads_a_rule_by_its_short_name_as_by_its_long_one():
    """ "PermenPANRB" is "Peraturan Menteri PANRB" (``similarity.aliases``): one rule coming
    into force, told by two outlets."""
    first = _article(
        "PermenPANRB No. 4/2025 membahas tentang pelaksanaan tugas kedinasan pegawai ASN secara "
        "fleksibel. Aturan ini ditetapkan pada tanggal 16 April dan resmi diundangkan serta "
        "berlaku per 21 April 2025.",
        "2025-06-19",
        "a1",
        "Satu",
    )
    second = _article(
        "Kebijakan ini tertuang dalam Peraturan Menteri PANRB Nomor 4 Tahun 2025 tentang "
        "Pelaksanaan Tugas Kedinasan Pegawai Aparatur Sipil Negara Secara Fleksibel. Regulasi "
        "ini mulai berlaku pada 21 April 2025.",
        "2025-06-20",
        "a2",
        "Dua",
    )
    events = extract_events([first, second])
    rule = [e for e in events if e.date == "2025-04-21"]
    assert len(rule) == 1
    assert {s.article for s in rule[0].sources} == {"a1", "a2"}


def test_merge_keeps_the_best_supported_date_and_records_the_conflict():
    text = "Kim Jong Un dan Vladimir Putin menggelar pertemuan puncak di Kosmodrom Vostochny"
    cands = [
        _candidate(text, "2023-09-13", "a1", outlet="Satu"),
        _candidate(text + " Amur", "2023-09-13", "a2", outlet="Dua"),
        _candidate(text + " Rusia", "2023-09-14", "a3", outlet="Tiga"),
        _candidate("Harga cabai naik di pasar induk", "2023-09-14", "a4"),
    ]
    events = merge_candidates(cands)
    summit = next(e for e in events if "Vostochny" in e.title)
    assert summit.date == "2023-09-13"
    assert [(c.article, c.date) for c in summit.conflicts] == [("a3", "2023-09-14")]


def test_what_is_still_to_come_when_written_is_no_happening_already_past():
    """A plan written on 21 October ("Pada tahun ini, ... akan menyelenggarakan Anugerah Musik
    Indonesia") does not join the conference its article dates to 8 October, however alike
    their words: by then that one was past."""
    body = (
        "Kementerian Kebudayaan menggelar Konferensi Musik Indonesia pada 8 Oktober 2025 di "
        "Jakarta.\n\nMenteri Kebudayaan memuji para musisi.\n\nPada tahun ini, Kementerian "
        "Kebudayaan akan menyelenggarakan Anugerah Musik Indonesia di Jakarta."
    )
    events = extract_events([_article(body, "2025-10-21")])
    assert sorted((str(e.date), e.status) for e in events) == [
        ("2025", "planned"),
        ("2025-10-08", "happened"),
    ]


def test_a_weekday_named_alone_joins_the_happening_others_date_and_is_a_conflict():
    summit = (
        "Kim Jong Un dan Vladimir Putin menggelar pertemuan puncak di Kosmodrom Vostochny pada "
        "Rabu (13/9/2023)."
    )
    guessed = (
        "Kim Jong Un melakukan perjalanan ke Rusia untuk pertemuan puncak dengan Vladimir Putin "
        "di Kosmodrom Vostochny hari Kamis."
    )
    articles = [
        _article(summit, "2023-09-13", "a1", "Satu"),
        _article(summit.replace("menggelar", "mengadakan"), "2023-09-13", "a2", "Dua"),
        _article(guessed, "2023-09-12", "a3", "Tiga"),
    ]
    cands = [c for a in articles for c in article_candidates(a)]
    kamis = next(c for c in cands if c.article == "a3")
    # Read as the Thursday before publication; the coming one is as likely.
    assert (kamis.date, kamis.other_reading) == ("2023-09-07", "2023-09-14")
    events = merge_candidates(cands)
    assert len(events) == 1
    assert events[0].date == "2023-09-13"
    conflict = events[0].conflicts[0]
    assert (conflict.article, conflict.said) == ("a3", "hari Kamis")
    assert "2023-09-14" in (conflict.note or "")


def test_a_weekday_with_a_direction_or_a_date_is_no_guess():
    body = (
        "Kim Jong Un tiba di Vladivostok pada Kamis lalu. Putin tiba di Vladivostok pada "
        "Senin (11/9/2023)."
    )
    assert all(c.other_reading is None for c in article_candidates(_article(body)))


def test_one_article_links_its_recap_to_the_happening_it_dates():
    lead = "Prosesi akad nikah Al Ghazali dan Alyssa Daguise berlangsung pada Senin, 16 Juni 2025."
    recap = "Angka tersebut merujuk pada tanggal istimewa pernikahan mereka, yaitu 16 Juni 2025."
    other = "Pasangan Al Ghazali dan Alyssa Daguise menikah di Jakarta, Senin (16/6/2025)."
    articles = [
        _article(f"{lead}\n\nMaharnya 16,6 gram emas.\n\n{recap}", "2025-06-17", "a1"),
        _article(f"{lead}\n\n{recap}", "2025-06-17", "a2"),
        _article(other, "2025-06-17", "a3"),
    ]
    events = extract_events(articles)
    wedding = [e for e in events if e.date == "2025-06-16"]
    assert len(wedding) == 1
    assert {s.article for s in wedding[0].sources} == {"a1", "a2", "a3"}


def test_a_statement_cites_its_whole_quotation():
    body = (
        "\u201cLangkah progresif Kejagung ini patut diapresiasi. Ini adalah bentuk nyata "
        "komitmen penegakan hukum,\u201d kata Budi Gunawan dalam keterangan, Selasa (17/6/2025)."
    )
    (cand,) = article_candidates(_article(body, "2025-06-17"))
    assert cand.quote.startswith("Ini adalah")  # what the merge compares
    assert cand.cited == body  # what the event cites
    assert cand.headline == "Budi Gunawan: Langkah progresif Kejagung patut diapresiasi"
    (event,) = merge_candidates([cand])
    assert event.sources[0].quote == body
    assert event.title == cand.headline


def test_a_round_up_starts_another_story():
    body = (
        "Tito mengatakan pengkajian 4 pulau terjadi pada tahun 2022. Sementara itu, Kejaksaan "
        "Agung melakukan penyitaan uang terkait perkara korupsi pada tahun 2022."
    )
    cands = article_candidates(_article(body, "2025-06-18"))
    assert [c.section for c in cands] == [0, 1]
    assert len(merge_candidates(cands)) == 2


def test_merge_is_deterministic_whatever_the_order():
    texts = [
        "Putin tiba di Vladivostok untuk forum ekonomi",
        "Putin telah tiba di Vladivostok",
        "Gunung Lewotobi meletus dan menyemburkan abu",
    ]
    cands = [_candidate(t, "2023-09-11", f"a{i}") for i, t in enumerate(texts)]
    one = [e.model_dump() for e in merge_candidates(cands)]
    two = [e.model_dump() for e in merge_candidates(list(reversed(cands)))]
    assert one == two


def test_salience_counts_independent_outlets():
    event = Event(
        id="e",
        date="2023-09-13",
        title="KTT",
        sources=[
            Source(article="a1", quote="q"),
            Source(article="a2", quote="q"),
            Source(article="b1", quote="q"),
            Source(article="zz", quote="q"),
        ],
    )
    articles = {
        "a1": _article("x", aid="a1", outlet="detik.com"),
        "a2": _article("x", aid="a2", outlet="Detik.com"),
        "b1": _article("x", aid="b1", outlet="kompas.com"),
    }
    assert salience(event, articles) == 3


# -- the gold format and the score ------------------------------------------------------------


def test_score_finds_splits_wrong_dates_and_sources_by_corpus_row():
    gold = [
        GoldEvent("2023-09-13", "happened", "KTT", ["Vostochny"], sources=["gik-1", "gik-2"]),
        GoldEvent("2023-09-12", "happened", "Tiba", ["Khasan"], sources=["gik-1"]),
    ]

    def ev(i, date, title, article):
        return Event(id=i, date=date, title=title, sources=[Source(article=article, quote=title)])

    events = [
        ev("e1", "2023-09-13", "KTT di Vostochny", "art-1"),
        ev("e2", "2023-09", "Pertemuan di Vostochny", "art-2"),
        ev("e3", "2023-09-11", "Kim tiba di Khasan", "art-1"),
    ]
    articles = {
        "art-1": Article(id="art-1", title="", body="", source="news.jsonl#gik-1"),
        "art-2": Article(id="art-2", title="", body="", source="news.jsonl#gik-2"),
    }
    score = score_timeline(gold, events, articles=articles)
    assert (score.found, score.split, score.wrong_date) == (1, 1, 1)
    assert (score.sources_cited, score.sources_expected) == (2, 3)


def test_score_checks_headlines_and_their_words():
    gold = [
        GoldEvent("2023-09-13", "happened", "KTT", ["Vostochny"], title_words=["Kim", "KTT"]),
        GoldEvent("2023-09-11", "happened", "Tiba", ["Vladivostok"], title_words=["Putin"]),
    ]

    def ev(i, date, title, quote):
        return Event(
            id=i, date=date, title=title, summary=quote, sources=[Source(article=i, quote=quote)]
        )

    events = [
        ev("e1", "2023-09-13", "Kim dan Putin menggelar KTT", "KTT digelar di Vostochny."),
        ev("e2", "2023-09-11", "24, juru bicara Kremlin mengatakan Putin tiba", "Di Vladivostok."),
    ]
    score = score_timeline(gold, events)
    assert (score.titles_ok, score.title_words_ok, score.title_words_expected) == (1, 2, 2)
    assert score.flaws == {"start": 1}


def test_gold_names_match_whole_words_and_common_words_inflected():
    from builder.evaluation import _keyword_hit

    text = "sebaliknya penerbangan ke denpasar ditutup"
    assert not _keyword_hit("Bali", text)  # a name, not inside "sebaliknya"
    assert _keyword_hit("Bali|Denpasar", text)
    assert _keyword_hit("tutup", text)  # a common word inside its inflection "ditutup"
    assert not _keyword_hit("Flores", "floresiensis")


def test_gold_errors_name_the_file_and_key(tmp_path):
    bad = tmp_path / "g.yaml"
    bad.write_text('events:\n  - date: "2023-02-30"\n    keywords: [x]\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"g\.yaml: events\[0\]\.date: .*not a day"):
        read_gold(bad)
    bad.write_text("events:\n  - date: 2023\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"events\[0\]\.keywords: required"):
        read_gold(bad)


# -- the evaluation, with floors that only move up --------------------------------------------

#: Floors per gold file: recall, most splits, source recall (boilerplate-dated is always 0),
#: most events whose headline has a flaw (a count: the share of flawless ones fell when a
#: flawless event was rightly merged into another, or a junk one dropped), and how many found
#: gold events have a title that says what the gold asks (a count: a share of the found ones
#: would fall when one more is found). Floors only move up, the most flawed only down.
FLOORS = {
    "seeds": (1.0, 0, 1.0, 2, 13),
    # Title words 0.75: before names matched inside words, the gold's Bali flights event was
    # matched to Maumere's cancelled route (its "Bali" found in "sebaliknya"), which happened
    # to say "dibatalkan"; that 0.875 was the evaluation's error, not the headlines'.
    # Sources 1.0 and titles 0.9 since step 3 compares clusters by their 16 heaviest words
    # (12 missed a pair of the airports' closures).
    "lewotobi-2025-06": (1.0, 0, 1.0, 1, 6),
    "empat-pulau-2025-06": (1.0, 0, 1.0, 1, 6),
    # The fresh gold of round two, written before the system's output was read.
    "wilmar-cpo-2025-06": (1.0, 0, 1.0, 1, 7),
    # The fresh gold of round three, written before the system's output was read: the check,
    # not tuned on.
    # Since, a report whose subject points back ("<noun> ini/itu/tersebut") is compared with
    # the words of the sentence before it: sources 0.97.
    "alghazali-wedding-2025-06": (1.0, 0, 0.96, 0, 3),
    # The fresh gold of round four, written before the system's output was read: the check,
    # not tuned on. The expert's two statements, quoted by outlets naming the court two ways
    # ("Pengadilan Tipikor Jakarta Pusat", "Pengadilan Negeri Jakarta Pusat"), are one since
    # organisations are told by their first word with their second and last; Harun Masiku's
    # flight "sejak 2020" is no longer taken for the sting of 8 January 2020 its articles date;
    # "sudah tidak aktif sejak November 2024" dates the change of state.
    "hasto-trial-2025-06": (1.0, 0, 0.88, 1, 5),
    # The fresh gold of round five, written before the system's output was read: the check,
    # not tuned on (kompas's "Dalam pemeriksaan terakhir, Rabu (18/6/2025), Iwan sedikit lebih
    # terbuka" stood apart from the examination it speaks of: its "dibandingkan" was taken for
    # an action, "banding"; a comparison word is none since). Sources 1.0 since the words
    # of one a report tells taking part that day join it ("kata Iwan kepada wartawan di gedung
    # Kejaksaan Agung, Rabu" and "Iwan ... selesai diperiksa").
    "sritex-examination-2025-06": (1.0, 0, 1.0, 0, 2),
    # Also of round five, also written first and scored once: KAI's discount is dated by no
    # sentence of its own, and the governor's words at the opening stood apart from it (they
    # join it since his attribution's occasion, "dalam sambutan peresmian Jakarta Fair", is
    # read).
    "jakarta-fair-2025-06": (0.66, 0, 0.81, 0, 1),
    # The fresh gold of round six, written before the system's output was read, scored once:
    # the judge's statements at the verdict are told apart by how each outlet names him
    # ("Ketua Majelis Hakim Rosihan Juhriah Rangkuti", "Majelis Hakim Rosihan Juhrian").
    # Sources 1.0 since the name after a title's comma is the speaker ("kata Ketua Majelis
    # Hakim, Rosihan Juhriah Rangkuti"). No split since: his words naming the defendant and
    # his words naming only the court are not about different people.
    "zarof-verdict-2025-06": (1.0, 0, 1.0, 0, 1),
    # The fresh gold of round seven, written before the system's output was read, scored
    # once at 1/2 and sources 0.6. Since: the commas of a list of names ("Badan Meteorologi,
    # Klimatologi, dan Geofisika") cut no clause, so the Bondowoso earthquake is found; and
    # "BMKG melaporkan gempa terjadi pada Rabu" dates the earthquake, not the report, and the
    # acronym opening it is a name the others name too: detik's report joins them.
    "garut-quake-2025-06": (1.0, 0, 1.0, 0, 1),
    # The fresh gold of round eight, written before the system's output was read, scored
    # once: Pramono's words of the 19th join the ticket handover told two sentences later
    # (another place, Pasar Baru and City Hall); the race of the 21st is told as three (a
    # schedule's "Keesokan harinya", the governor's "akhir pekan", "berlangsung Sabtu"); the
    # first practice of the 20th is matched also by the year of the contract ("tahun ini").
    "formula-e-jakarta-2025-06": (0.8, 2, 0.75, 2, 4),
    # A guard written after a trial change was seen to merge these verdicts (not a fresh
    # check): one judge's three verdicts of one day, and the three demands of one day. It
    # scored 4/6 and sources 0.46 when written (the three demands were one event: each names
    # the court it was read to); a court named by both no longer makes two statements about
    # the same people. The judge's words that name no defendant still join across them.
    # Since, one person's words of one day are paired however titled ("Ketua majelis hakim
    # Rosihan Juhriah Rangkuti", "Rosihan Juhriah Rangkuti"): sources 0.77 -> 0.85.
    "tipikor-three-verdicts-2025-06": (1.0, 0, 0.84, 0, 2),
    # A guard written after a trial change (a report's verb dating what was reported) was seen
    # to make the eruptions of four volcanoes on one day one event: 3/5 found and two wrong
    # dates when written; each volcano's own name now tells its eruptions from the others'.
    # Sources 0.89 -> 1.0: an outlet's "kolom abu teramati berwarna kelabu" (its title names
    # Marapi) joins Marapi's eruption of that day ("berwarna" tells no action).
    "volcanoes-2025-06": (1.0, 0, 1.0, 0, 4),
    # The fresh gold of round fifteen (Air India's crash at Ahmedabad and its week, beside a
    # helicopter crash in the Himalaya and Lewotobi's cancelled Bali flights), written before
    # the system's output was read and scored once: 9/11 found, two splits, sources 0.78.
    # Since: a leading date, a subject and its relative clause before the verb ("Pada 7
    # Juni, sebuah helikopter yang beroperasi di Lembah Kedarnath melakukan pendaratan
    # darurat") is one clause: the emergency landing is found (10/11, sources 0.87); an
    # incident that "melibatkan sebuah pesawat" and an accident "termasuk 241 penumpang" tell
    # no other action than the crash: sources 0.91. Left: the crash told three ways (a
    # story's "Kisah ini kembali mencuat pada 12 Juni, saat pesawat ... jatuh", "minggu
    # lalu"), the airline's cut dated only by when CNBC reported it. Since, "menyusul
    # kecelakaan mematikan ... minggu lalu" dates the crash (a clause of its own): one split.
    # Since, what one went through tells no action ("peristiwa yang dialami", lemma "alam";
    # "yang berbeda"): the Thai Airways crash of December 1998 is one event (no split); a
    # speech word inside the quotation its sentence opened ('"..., jelas ini adalah kursi
    # paling aman ..."') makes no statement: titles 0.9.
    "air-india-crash-2025-06": (0.9, 0, 0.91, 2, 3),
    # The fresh gold of round sixteen (Indonesia's evacuation of its citizens from Iran,
    # 18-20 June 2025: sixteen articles of five outlets, a story told mostly in statements),
    # written before the system's output was read and scored once: 11/13 found, one split,
    # sources 0.67, titles 0.94. Since: a date after a citation that follows an attribution
    # with its own date ("ujar Sugiono di St. Petersburg, Rusia, Rabu (18/6) waktu setempat
    # dilansir Antara, Kamis (19/6/2025)") is when Antara told it, no second statement.
    # Since, words told under a title alone ("kata Menlu") are the words of the person last
    # named with it, a short form in brackets is the title's ("Menteri Luar Negeri (Menlu)
    # RI Sugiono"), and a statement "dalam pernyataan via rekaman video yang dibagikan
    # kepada awak media" is still an attribution: Sugiono's decision of the 19th is one
    # event (sources 0.79, titles 0.94). Left: the embassy's post ("bunyi pernyataan
    # singkat KBRI ...") is no statement; "Sejak 13 Juni 2025, Israel meluncurkan serangan"
    # is a span. Since, "yang tinggal di Iran" only describes: the embassy's announcement of
    # the 18th ("mengumumkan status siaga I kepada WNI yang tinggal di Iran pada Rabu") is
    # found (12/13, sources 0.83). A person named in the article who says what his clause
    # reports ("Pada Kamis (19/6/2025), Sugiono menyampaikan bahwa ...") makes a statement
    # of his: his Instagram post joins his decision's other words (sources 0.88, titles 1.0).
    # Since, a statement is dated when it was said, never a conflict of what it tells: the
    # spokesman's words of the 20th on the night of the 19th ("menginap semalam") are his
    # words on the evacuation that day (sources 0.92).
    # Since, a sentence that opens with the day a happening began ("Sejak 13 Juni 2025, Israel
    # meluncurkan serangan ke Iran") dates its start: 13/13 found, sources 0.96.
    # Since, what the spokesman adds of the evacuation under way ("para WNI berkumpul dan
    # menginap") is no other action when his words name it ("Proses evakuasi saat ini sedang
    # berjalan"): the split is gone, and the evacuation's headline has the gold's words.
    "iran-evacuation-2025-06": (1.0, 0, 0.95, 0, 1),
    # The fresh gold of round eighteen (the government's cash aid BLT Kesra of October 2025,
    # launched on the 17th and paid from the 20th, and the social affairs minister's words on
    # it: sixteen detik articles), written before the system's output was read and scored
    # once: 8/9 found, five splits, sources 0.8, status 0.88, titles 0.74. Since, a month of
    # a list a programme is for ("mencakup periode tiga bulan, yaitu Oktober, November, dan
    # Desember 2025"; ``coverage_cues``) makes no event: titles 0.8. Since, where a statement
    # was made ("saat konferensi di Bandara Kualanamu") names no happening by its venue: the
    # minister's words at the launch are his own (9/9, sources 0.9).
    # Since, a name opening a sentence counts as named (one junk event fewer, five flawed).
    "blt-kesra-2025-10": (1.0, 5, 0.9, 4, 6),
    # The fresh gold of round seventeen (the bomb threat against Saudia's flight of 442 hajj
    # pilgrims, its emergency landing at Kualanamu on 17 June 2025 and the flight home the
    # next day: sixteen articles of five outlets), written before the system's output was
    # read and scored once: 7/10 found, three splits, sources 0.61, status 1.0, titles 0.94.
    # Since, the police chief's words at a press conference at the airport are no part of
    # the landing there: the finding that there was no bomb is found (8/10, sources 0.71).
    # Since, names after a title and an organisation's acronym are people ("Peneliti BRIN
    # Muhammad Reza Cordova", "Juru bicara KPK Budi Prasetyo"): two splits.
    "saudia-bomb-threat-2025-06": (0.8, 2, 0.71, 1, 3),
    # The fresh gold of round nine, the first of the October detik corpus, written before the
    # system's output was read and scored once: 9/10 found, no split, sources 0.86. A student
    # body's dismissal dated only by when detikBali saw it ("dilihat detikBali, Sabtu") is not
    # found; the police's witnesses of the 20th are headlined by what one of them said.
    "unud-student-death-2025-10": (0.9, 0, 0.86, 2, 8),
    # The fresh gold of round ten, the second of the October detik corpus (a story told in
    # statements), written before the system's output was read and scored once: 6/6 found,
    # one split (the rule's signing told in a paraphrase stood apart: "ditandatangani" was
    # no action), sources 0.91 (a re-publication of one article, kept once by ingest, was
    # not counted).
    "kpu-ijazah-2025-09": (1.0, 0, 1.0, 0, 6),
    # The fresh gold of round eleven, the third of the October detik corpus (protests abroad,
    # told through agencies), written before the system's output was read and scored once:
    # 1/2 found, one split, sources 0.67. The same text published twice was not counted
    # (now it is); the Los Angeles dispersal was dated by a relative clause that only
    # describes ("kerumunan yang termasuk demonstran ... pada Sabtu malam") and headlined
    # "Air mata untuk membubarkan ..." (now "Polisi membubarkan kerumunan": 2/2, sources
    # 1.0). The roundup that told the protests twice kept two of their events apart until
    # "diklaim berjumlah tujuh juta orang" was no longer an action of its own ("jumlah"):
    # no split; titles 1.0 (LAPD's words headlined by their news, "Hampir seratus agitator
    # berdemo ...", not "Untuk mengekspresikan ...").
    "no-kings-2025-10": (1.0, 0, 1.0, 0, 2),
    # The fresh gold of round twelve (a case told by four outlets, thirteen events, several
    # recalled), written before the system's output was read and scored once: 8/13 found,
    # two splits, sources 0.73. The spokesman's words on two matters of one day are one
    # statement; a speaker named after a comma ("kuasa hukum Nadiem, Hotman Paris") is his
    # title alone; a year in a case's name ("perkara Pengadaan Chromebook 2019-2022") dates
    # the sentence; "tengah mengusut" makes the procurement of 2019 a plan. Since, a change's
    # date after "per" is when it takes effect ("dinaikkan ... ke tahap penyidikan per tanggal
    # Selasa (20/5/2025)"; ``effective``): 9/13, sources 0.76. Titles 0.81: one speaker's
    # words of a day joining in step 3 left one event fewer with a headline without flaw
    # (13/16 where 14/17 were). Since, the name after a title's comma is the speaker
    # ("kata kuasa hukum Nadiem, Hotman Paris": Hotman's words that Nadiem will come are
    # found), and one judge's words about two defendants stay two verdicts: 10/13, one split,
    # sources 0.8, titles 0.87. Since, words that tell a happening under way as they are said
    # ("sedang", ``ongoing``) join its reports of that day: sources 0.83, titles 0.92.
    "chromebook-2025-06": (0.76, 1, 0.83, 1, 10),
    # The fresh gold of round thirteen, the fourth of the October detik corpus (two central
    # banks cutting their rates on one day), written before the system's output was read and
    # scored once: 8/8 found, the two cuts kept apart, one split (the gold's "minyak" also
    # names last week's fall of US crude stocks, another happening), sources 1.0, status 0.5.
    "rate-cuts-2025-09": (1.0, 1, 1.0, 3, 7),  # status 0.5 -> 0.88 since: "memperkirakan"
    # The fresh gold of round fourteen, the fifth of the October detik corpus (students'
    # demonstrations in five cities on one day), written before the system's output was read
    # and scored once: 3/6, two splits, sources 0.67. Demonstrations of one day in different
    # cities were joined (Jakarta's with Bandung's, Makassar's with Semarang's: the sentences
    # name no city, "Pantauan detikcom di lokasi, massa ... tiba"). Its matching words then
    # corrected to need each event's place (the code of that scoring: 4/6, one split, sources
    # 0.75, title words 0.75); since, a local happening's article place keeps two cities'
    # apart (``local_happenings``): 6/6, no split, sources 0.75, title words 0.83.
    "one-year-demos-2025-10": (1.0, 0, 0.75, 1, 5),
    # The fresh gold of round nineteen (Prabowo's visit to Russia, 17-20 June 2025: the
    # foreign ministers' meeting, the arrival at Pulkovo, the meeting with Putin at the
    # Konstantinovsky Palace, the four documents, the free trade deal, the gifts, the SPIEF
    # speech planned; sixteen articles of five outlets), written before the system's output
    # was read and scored once: 8/12 found, two splits, sources 0.64, status 0.88, titles
    # 0.76, four headlines with the gold's words. Since, two people's words of one day are
    # two statements however alike where they were said: Putin's welcome and Prabowo's
    # thanks at the palace are two, and the meeting's best match is its report "Presiden
    # Prabowo Subianto bertemu Presiden Rusia Vladimir Putin" (five headlines with the gold's
    # words; still two splits). Since, "Hal itu ... diungkap X" after the outlet's words of
    # what X said is X's statement: six headlines with the gold's words.
    "prabowo-russia-visit-2025-06": (0.66, 1, 0.64, 3, 6),
    # The fresh gold of round twenty (who pays the Jakarta-Bandung high-speed railway's
    # debt, 10-21 October 2025: the finance minister, Danantara, Luhut, the state secretary,
    # AHY and a member of parliament on different days; nine detik articles), written before
    # the system's output was read and scored once: 8/11 found, no split, three wrong dates,
    # sources 0.8, status 1.0, titles 0.92, seven headlines with the gold's words. Since,
    # two people's words of one day are two statements however alike where they were said
    # ("di Kompleks Istana Kepresidenan"): AHY's of the 20th are no longer Purbaya's (9/11,
    # sources 0.85, eight headlines with the gold's words). Since, "Minggu (13/10/2025) malam
    # kemarin" written on the 13th is Sunday the 12th (the weekday and "kemarin" outvote the
    # figures): the state secretary's words are found (10/11, sources 0.9). Since, a
    # statement cites what the outlet says he said just before his quotation ("Purbaya
    # menegaskan tidak akan mengalihkan APBN untuk ... family office"): 11/11, sources 1.0.
    "whoosh-debt-2025-10": (1.0, 0, 1.0, 1, 9),
    # The fresh gold of round twenty-one (the advocate Marcella Santoso, a suspect in the
    # bribery behind the CPO acquittals: her apology video played by the Attorney General's
    # Office on 17 June 2025, her denial of the 18th, the court chairman's money brought in
    # and itemised, the armed forces' visit; eleven articles of five outlets), written before
    # the system's output was read and scored once: 4/7 found, no split, sources 0.8, status
    # 1.0, titles 0.89, no headline with the gold's words. Since, "Saat ditemui seusai jumpa
    # pers ..., Rabu (18/6), Marcella Santoso membantah ..." dates her denial, not her being
    # met: one headline with the gold's words.
    "marcella-santoso-2025-06": (0.57, 0, 0.8, 1, 1),
    # The fresh gold of round twenty-two (Bareskrim names Lisa Mariana a suspect for defaming
    # Ridwan Kamil: the summons received on 17 October 2025, the police's confirmation of the
    # 19th, her absence from the examination of the 20th and both lawyers' words, the
    # examination set again; seven articles of five detik desks), written before the system's
    # output was read and scored once: 6/7 found, one split, sources 0.7, status 0.67, titles
    # 0.82, five headlines with the gold's words. Since, words quoted with their speaker
    # after them are headed by him ("Rizki: Diterima bersangkutan", not "Diterima
    # bersangkutan, ujar Rizki"): one flawed headline.
    "lisa-mariana-suspect-2025-10": (0.85, 1, 0.7, 1, 5),
    # The fresh gold of round twenty-three (Indonesia's men's volleyball team at the AVC
    # Nations Cup in Manama, 17-21 June 2025: the group matches with Thailand and Bahrain,
    # told in previews and results, the quarter-final planned; eleven articles of three
    # outlets), written before the system's output was read and scored once: 4/7 found, no
    # split, sources 0.25, status 0.5, titles 0.79, two headlines with the gold's words, and
    # one event dated by boilerplate (the coach's words "seperti dikutip pada Jumat").
    # Since, "Laga ini berlangsung di ..." is compared with the sentence before it, which
    # names the match: sources 0.38, status 0.5. Since, a match is told by its sides
    # ("menghadapi Thailand", "kalah melawan tuan rumah Bahrain"): the Thailand match is no
    # longer the Bahrain one dated two ways, and each joins its previews (sources 0.62,
    # status 0.75).
    "avc-nations-cup-2025-06": (0.57, 0, 0.68, 2, 2),
    # The fresh gold of round twenty-four (Prabowo tells his ministers to ride Pindad's Maung
    # at the cabinet meeting of 20 October 2025, and the reactions of the next two days; ten
    # articles of detikNews and detikOto), written before the system's output was read and
    # scored once: 7/9 found, two splits, one wrong date, sources 0.86, status 0.86, titles
    # 0.81, four headlines with the gold's words. Since, a name opening a sentence counts as
    # named ("Prabowo telah memakai mobil tersebut sejak dilantik ... tahun lalu"): the
    # swearing-in of "tahun lalu" joins that of "Oktober tahun lalu" (one split). Since,
    # "Maung" beside "PT Pindad" is no person ("ujarnya" is Purbaya's): his words on the
    # budget are one (no split).
    # Since, names after a title and an organisation's acronym are people ("Peneliti BRIN
    # Muhammad Reza Cordova", "Juru bicara KPK Budi Prasetyo"): 8/9, sources 0.91, five headlines
    # with the gold's words.
    "maung-ministers-2025-10": (0.88, 0, 0.95, 5, 5),
    # The fresh gold of round twenty-six (regional money idle in banks: the finance
    # minister at the inflation meeting of 20 October 2025 and three governors' answers; ten
    # articles of five detik desks), written before the system's output was read and scored
    # once: 6/8 found, one split, sources 0.85, status 1.0, titles 0.89, five headlines with
    # the gold's words.
    "pemda-idle-funds-2025-10": (0.75, 0, 0.85, 0, 5),
    # The fresh gold of round twenty-seven (the head teachers' retreat of the Sekolah Rakyat,
    # 16-20 June 2025, and the ministers' plans for the schools; seven articles of four
    # outlets), written before the system's output was read and scored once: 7/9 found, one
    # split, two wrong dates, sources 0.67, status 0.71, titles 0.77, three headlines with the
    # gold's words. Since, "tanggal 30 Juni besok" is the coming 30 June, not also tomorrow:
    # one junk event fewer (two flawed headlines). Since, what began on a day ("mulai pindah
    # ke barak militer TNI ... sejak Rabu malam (18/6/2025)") is dated by it: the move to the
    # barracks is found (8/9, sources 0.73, one wrong date, four headlines with the gold's
    # words). Since, a day something was begun to be done ("Retret dilaksanakan selama lima
    # hari sejak 16 Juni") dates its start: 9/9, no wrong date, sources 0.8.
    "sekolah-rakyat-2025-06": (1.0, 1, 0.8, 1, 4),
    # The fresh gold of round twenty-five (a murder in Padang Pariaman: the body parts found
    # in the Batang Anai river on 17 and 18 June 2025, the arrest and the two older murders
    # the suspect confessed to on the 19th; seven articles of three outlets), written before
    # the system's output was read and scored once: 7/10 found, four splits, three wrong
    # dates, sources 0.8, status 1.0, titles 0.92, four headlines with the gold's words.
    # Since, a capitalised word after a comma is a name, not the action the date dates
    # ("..., Kecamatan Batang Anai pada Selasa": no "camat"): the two reports of the find
    # of the 17th are one (three splits).
    "padang-pariaman-mutilation-2025-06": (0.7, 3, 0.85, 1, 5),
    # The fresh gold of round twenty-eight (Group B of the Club World Cup: Atletico Madrid
    # beat Seattle and Botafogo beat PSG on 20 June 2025 WIB, told before and after by
    # sixteen articles of three outlets, the last matches planned for the 24th), written
    # before the system's output was read and scored once: 5/9 found, one split, one wrong
    # date, sources 0.58, status 1.0, titles 0.79, three headlines with the gold's words.
    "cwc-group-b-2025-06": (0.66, 1, 0.61, 2, 4),
    # The fresh gold of round twenty-nine (rebuilding the collapsed Al Khoziny pesantren in
    # Sidoarjo with state money, 10-21 October 2025; six articles of five detik desks),
    # written before the system's output was read and scored once: 5/8 found, no split, two
    # wrong dates, sources 0.6, status 0.6, titles 0.88, three headlines with the gold's words
    # and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "al-khoziny-apbn-2025-10": (0.62, 0, 0.6, 3, 3),
    # The fresh gold of round thirty-one (the Attorney General hands the finance minister the
    # Rp 13.255 trillion recovered in the CPO export case, with President Prabowo there, on 20
    # October 2025, and the answers of the 22nd; thirteen detik rows, seven texts), written
    # before the system's output was read and scored once: 5/7 found, one split, one wrong
    # date, sources 0.58, status 0.8, titles 0.73, four headlines with the gold's words.
    # Since, "Hal itu diungkap Prabowo dalam sidang kabinet ..." after "Prabowo menegaskan tak
    # ada pihak yang kebal hukum." is his statement: no split (it joins his words of that day
    # at the Attorney General's Office, so the cabinet-meeting event is still not found).
    "cpo-rp13t-handover-2025-10": (0.71, 0, 0.57, 3, 4),
    # The fresh gold of round thirty-two (a helicopter crash near Kedarnath, India, on 15 June
    # 2025, and the background its seven detikTravel articles date), written before the
    # system's output was read and scored once: 8/9 found, no split, sources 0.94, status
    # 1.0, titles 1.0, six headlines with the gold's words. Less held out than the others:
    # two of its articles are the Air India gold's neighbours, and five of its events are
    # among that gold's.
    "kedarnath-helicopter-2025-06": (0.88, 0, 0.94, 0, 6),
    # The fresh gold of round thirty (the civil service ministry's rule letting civil servants
    # work from anywhere, made known on 18 June 2025, set in April, and five people's answers
    # on 20 June; eight articles of three outlets), written before the system's output was
    # read and scored once: 9/9 found, one split, sources 1.0, status 1.0, titles 0.75, nine
    # headlines with the gold's words and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "asn-wfa-2025-06": (1.0, 1, 1.0, 3, 9),
    # The fresh gold of round thirty-three (BRIN's finding of microplastics in Jakarta's rain,
    # the researcher's words of 16 October 2025 and the governor's, the minister's and the
    # councillors' answers of the 21st and 22nd; eight detik rows, six texts), written
    # before the system's output was read and scored once: 6/8 found, no split, one wrong
    # date, sources 0.62, status 0.67, titles 0.88, six headlines with the gold's words.
    # Since, an activity begun before "sejak" is dated at any precision ("penelitian BRIN ini
    # dilakukan sejak 2022"): the research's start is found (7/8, sources 0.94).
    # Since, names after a title and an organisation's acronym are people ("Peneliti BRIN
    # Muhammad Reza Cordova", "Juru bicara KPK Budi Prasetyo"): 8/8, sources 1.0, seven headlines
    # with the gold's words.
    "jakarta-microplastic-rain-2025-10": (1.0, 0, 1.0, 1, 7),
    # The fresh gold of round thirty-four (the death of the musician Gustiwiw in Lembang on 15
    # June 2025, his burial that day and his mother's words; fourteen articles of two
    # outlets), written before the system's output was read and scored once: 8/9 found, no
    # split, sources 0.63, status 1.0, titles 0.7, five headlines with the gold's words and
    # one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "gustiwiw-death-2025-06": (0.88, 0, 0.63, 3, 5),
    # The fresh gold of round thirty-five (the land-mafia case of Mbah Tupon in Bantul: the
    # notice naming seven suspects of 11 June 2025, the detentions of the 18th and 20th, the
    # suspect's civil suit and the answers of the regent, the lawyers and the land agency; six
    # articles of two outlets), written before the system's output was read and scored once:
    # 6/10 found, no split, two wrong dates, sources 0.67, status 1.0, titles 1.0, four
    # headlines with the gold's words.
    # Since, a year's slip is read from the weekday up to two weeks from publication ("Rabu
    # (11/6/2026)" in an article of the 19th): 7/10 found, no wrong date, sources 0.75.
    # Since, a title and whose it is before a name in apposition ("Kuasa hukum penggugat,
    # Juni Prasetyo Nugroho,") name a person, whom "katanya" then is: the lawyer's and the
    # regent's words are their own events (8/10, sources 0.83).
    "mbah-tupon-land-2025-06": (0.8, 0, 0.83, 0, 7),
    # The fresh gold of round thirty-six (the murder of a Legian bar owner by her husband on 11
    # October 2025, his flight to Bitung, the finding of the body, his arrest on the 15th and
    # the police's press conference of the 17th; three detikBali articles), written before
    # the system's output was read and scored once: 5/6 found, no split, one wrong date,
    # sources 0.7, status 1.0, titles 1.0, two headlines with the gold's words.
    "legian-bar-owner-murder-2025-10": (0.83, 0, 0.7, 0, 2),
    # The fresh gold of round thirty-seven (the trade minister's refusal of the anti-dumping
    # duty on Chinese filament yarn, signed 13 June 2025 and announced the 19th, its background
    # since 2023 and the industry's answers of the 19th and 20th; eight articles of four
    # outlets), written before the system's output was read and scored once: 6/11 found, no
    # split, four wrong dates, sources 0.56, status 1.0, titles 0.85, four headlines with the
    # gold's words.
    # Since, "penyelidikan ... dilakukan oleh KADI sejak 12 September 2023" dates the start of
    # the investigation: 7/11, three wrong dates, sources 0.62.
    "benang-filamen-bmad-2025-06": (0.72, 0, 0.68, 2, 5),
    # The fresh gold of round thirty-eight (the government's answers to the poisonings of the
    # free school meals, 10-21 October 2025: the regulation, the sanitation experts, the
    # president's "0.0007%", school-run kitchens, the hygiene certificates due 30 October; ten
    # detik rows), written before the system's output was read and scored once: 7/11 found,
    # one split, sources 0.69, status 1.0, titles 0.82, three headlines with the gold's words.
    # Since, a quotation cites the outlet's words of the speaker's view before it ("Menurutnya,
    # dorongan untuk penghentian MBG ...", after "Dilansir detikHealth, Benny menekankan
    # ..."): the deputy health minister's words are found (8/11, sources 0.75, four headlines).
    "mbg-food-safety-2025-10": (0.72, 1, 0.75, 3, 4),
    # The fresh gold of round thirty-nine (Indonesian actresses in the Global March to Gaza:
    # their flight to Cairo on 12 June 2025, the march planned for the 15th that was never
    # held, what they told of Egypt's police on coming home; seven detik articles), written
    # before the system's output was read and scored once: 6/8 found, no split, sources 0.53,
    # status 0.83, titles 0.67, two headlines with the gold's words and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    # Since, "berangkat dari Indonesia sejak Kamis (12/6/2025)" dates the departure, and
    # "Global Long March ini" is no month: 7/8, sources 0.7.
    "global-march-gaza-2025-06": (0.87, 0, 0.7, 5, 2),
    # The fresh gold of round forty (the presidential regulation making IKN the political
    # capital in 2028, signed 30 June 2025 and read by detik on 19-20 September, with the
    # Authority's and the civil-service minister's words of 15 September and earlier; nine
    # detik rows), written before the system's output was read and scored once: 7/8 found, no
    # split, sources 0.96, status 1.0, titles 0.86, five headlines with the gold's words and
    # one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "ikn-political-capital-2025-09": (1.0, 0, 1.0, 2, 6),
    # The fresh gold of round forty-one (Indonesia's pilgrims going home after the 2025 hajj:
    # the first return flights of 16-19 June, the minister's return and the second wave's
    # move to Madinah on the 18th, its flights home planned from the 26th, and background of
    # May and early June; eleven articles of four outlets), written before the system's
    # output was read and scored once: 9/16 found, one split, four wrong dates, sources 0.57,
    # status 1.0, titles 0.76, six headlines with the gold's words and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    # Since, "setelah sejak 29 Mei 2025 berada di Arab Saudi" dates the minister's stay from
    # its start: 10/16, three wrong dates, sources 0.62, eight headlines with the gold's words.
    "hajj-return-2025-06": (0.62, 1, 0.61, 5, 8),
    # The fresh gold of round forty-three (the KPK's sting on the deputy manpower minister
    # Immanuel Ebenezer on 20 August 2025, the suspects of the 21st and 22nd, the answers of
    # Gerindra and the president, and background back to 1975; seven detik rows), written
    # before the system's output was read and scored once: 9/13 found, no split, two wrong
    # dates, sources 0.76, status 1.0, titles 0.69, seven headlines with the gold's words.
    # Since, a title's apposition names its person ("Kepala Biro Humas Kementerian
    # Ketenagakerjaan (Kemnaker), Sunardi Manampiar Sinaga menyebut ..."): the ministry's
    # words are found (10/13, sources 0.82, eight headlines with the gold's words).
    "noel-ott-kpk-2025-08": (0.76, 0, 0.82, 4, 8),
    # The fresh gold of round forty-two (the KPK's case of East Java's grants: its
    # investigation order of July 2024, the former DPRD chairman missing in June 2025, and
    # Governor Khofifah summoned as a witness for 20 June, who did not come; seven articles of
    # three outlets), written before the system's output was read and scored once: 8/9 found,
    # one split, sources 0.81, status 0.88, titles 0.75, seven headlines with the gold's words.
    # Since, names after a title and an organisation's acronym are people ("Peneliti BRIN
    # Muhammad Reza Cordova", "Juru bicara KPK Budi Prasetyo"): sources 0.86, eight headlines with
    # the gold's words.
    "jatim-hibah-kpk-2025-06": (1.0, 1, 0.9, 3, 9),
    # The fresh gold of round forty-five (Daniel Marthin's knee injury of 1 May 2025, the
    # BWF's protection of his ranking announced 18 June, Fikri's new partner Fajar and their
    # July tournaments; ten articles of two outlets), written before the system's output was
    # read and scored once: 6/10 found, two splits, two wrong dates, sources 0.56, status
    # 1.0, titles 0.9, three headlines with the gold's words and three events dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    "pbsi-marthin-fikri-2025-06": (0.8, 2, 0.63, 2, 5),
    # The fresh gold of round forty-four (the first floods and landslides of the 2025 rainy
    # season, 17-22 October: Cimahi, Aceh Jaya, Pasuruan, Banyumas, Sukabumi, the Pantura
    # road, BMKG's forecasts and Bandung's answers; sixteen rows of seven detik desks),
    # written before the system's output was read and scored once: 10/14 found, two splits,
    # one wrong date, sources 0.63, status 0.9, titles 0.75, three headlines with the gold's
    # words.
    "musim-hujan-banjir-2025-10": (0.71, 2, 0.63, 5, 3),
    # The fresh gold of round forty-seven (a Toyota Calya driven through two Depok toll gates
    # without paying on 16 June 2025, and the police's words of the 19th and 20th on its
    # driver; nine articles of three outlets), written before the system's output was read
    # and scored once: 5/6 found, no split, one wrong date, sources 0.81, status 0.6, titles
    # 0.86, two headlines with the gold's words. Since, "Dikutip dari ..., " opening a sentence
    # is dropped from its headline like "Menurut ...": every headline is flawless.
    "depok-toll-calya-2025-06": (0.83, 0, 0.81, 0, 2),
    # The fresh gold of round forty-six (the tax office under the finance minister Purbaya,
    # 9-21 October 2025: the online sellers' tax delayed, dishonest officers fired, a
    # complaint line, Coretax and large tax debts; thirteen detik rows), written before the
    # system's output was read and scored once: 9/11 found, no split, one wrong date, sources
    # 0.77, status 0.89, titles 0.8, two headlines with the gold's words and one event dated
    # by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "djp-pajak-purbaya-2025-10": (0.81, 0, 0.77, 2, 2),
    # The fresh gold of round forty-nine (Gaza and the world's answers, 16 September to 22
    # October 2025: the UN rapporteur on arms sales, Spain's evidence for the ICC, the
    # ceasefire of 10 October, pupils back at school, Trump's post thanking Indonesia; five
    # detik rows, most events with one source), written before the system's output was read
    # and scored once: 6/9 found, no split, no wrong date, sources 0.64, status 1.0, titles
    # 0.86, five headlines with the gold's words.
    "gaza-ceasefire-2025-10": (0.66, 0, 0.63, 1, 5),
    # The fresh gold of round forty-eight (the police's "zero ODOL" drive against overloaded
    # trucks, June 2025: the socialisation from 1 June, the Ciawi toll-gate crash of 2 June,
    # the drivers' protests of 19 June in several towns, the strike of the 20th, the phases
    # planned for July; sixteen articles, five outlets), written before the system's output
    # was read and scored once: 13/14 found, three splits, one wrong date, sources 0.79,
    # status 0.92, titles 0.79, nine headlines with the gold's words, and two events dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS). Since, headlines drop where the outlet
    # took the words ("Dilansir ..., ") and name the person of a title in apposition: one
    # flawed headline fewer.
    "zero-odol-2025-06": (0.92, 3, 0.79, 4, 9),
    # The fresh gold of round fifty (Piala Presiden 2025: PSSI's new schedule for 6-13 July,
    # Oxford United's tour, Arema's first training, the coaches' words, and the cup's dated
    # history since 2015; seven articles, three outlets), written before the system's output
    # was read and scored once: 12/17 found, one split, one wrong date, sources 0.7, status
    # 1.0, titles 0.93, ten headlines with the gold's words, and one event dated by boilerplate
    # (pinned in BOILERPLATE_CEILINGS).
    "piala-presiden-2025-06": (0.7, 1, 0.7, 2, 10),
    # The fresh gold of round fifty-one (the June 2025 school admissions, SPMB: Tangerang's
    # route for disabled pupils, West Java's first stage and its results, the answers of
    # Komisi X, the ministry and the governor to seat-selling and illegal fees; nine articles,
    # four outlets), written before the system's output was read and scored once: 7/9 found,
    # one split, sources 0.73, status 0.86, titles 0.8, three headlines with the gold's words.
    "spmb-2025-06": (0.77, 1, 0.72, 1, 3),
    # The fresh gold of round fifty-three (PLN's shareholders' meeting of 18 June 2025: the
    # new board, the 2024 results, the outage figures of the 20th, and the dated background of
    # the new commissioner and directors; fifteen articles, five outlets), written before the
    # system's output was read and scored once: 10/11 found, two splits, one wrong date,
    # sources 0.82, status 0.9, titles 0.86, eight headlines with the gold's words, and one
    # event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "pln-rups-2025-06": (0.9, 2, 0.81, 3, 8),
    # The fresh gold of round fifty-two (NasDem's North Sumatra chairman taken off a plane at
    # Kualanamu on 15 October 2025, mistaken for a suspect of the same name, and the police's
    # and his words of the next days; two detikSumut rows, the only ones of the story),
    # written before the system's output was read and scored once: 6/6 found, no split,
    # sources 0.86, status 0.67, titles 0.78, three headlines with the gold's words.
    "nasdem-sumut-salah-tangkap-2025-10": (1.0, 0, 0.85, 2, 3),
    # The fresh gold of round fifty-five (two house fires in Jakarta, Palmerah on 17 June and
    # Tebet on 19 June 2025, one dead, and the mayor's and governor's words on extinguishers
    # and fires; ten articles, four outlets), written before the system's output was read and
    # scored once: 5/5 found, one split, sources 1.0, status 1.0, titles 0.92, five headlines
    # with the gold's words.
    "jakarta-house-fires-2025-06": (1.0, 1, 1.0, 1, 5),
    # The fresh gold of round fifty-four (the cabinet's first year graded, 6-21 October 2025:
    # the survey releases of ISC, Index Politica, IndoStrategi, Poltracking, CELIOS and ARCI,
    # and the talk of a reshuffle from the state secretary, the president, Banggar and
    # Demokrat; seventeen detik rows), written before the system's output was read and scored
    # once at 2a8838b: 8/12 found, one split, two wrong dates, sources 0.6, status 1.0, titles
    # 0.83, five headlines with the gold's words, and one event dated by boilerplate (pinned
    # in BOILERPLATE_CEILINGS).
    "rapor-menteri-reshuffle-2025-10": (0.75, 0, 0.65, 4, 5),
    # The fresh gold of round fifty-six (song copyright and royalties, June 2025: Vidi
    # Aldiano's lawyer and the suit over "Nuansa Bening", Charly Van Houten's pledge, the
    # complaint over the Agnez Mo verdict, and Komisi III's hearing of 20 June with its
    # speakers; twelve articles, four outlets), written before the system's output was read
    # and scored once at 2a8838b: 7/10 found, one split, one wrong date, sources 0.63, status
    # 1.0, titles 0.75, four headlines with the gold's words.
    "song-copyright-2025-06": (0.7, 1, 0.63, 2, 4),
    # The fresh gold of round fifty-nine (Indonesia and Poland, June 2025: a train-parts offer,
    # trade officials on the EU agreement, the Bali park opened in Słupsk, the business forum
    # in Gdańsk; six articles, three outlets), written before the system's output was read
    # and scored once at b41dd67: 3/7 found, no split, one wrong date, sources 0.44, status
    # 0.67, titles 0.8, two headlines with the gold's words, and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    # Since, a written release's day is no day a later "sehari sebelumnya" counts from: the
    # Bali park's opening is found (4/7, sources 0.56, no wrong date).
    "indonesia-poland-forum-2025-06": (0.57, 0, 0.55, 1, 2),
    # The fresh gold of round fifty-eight (the regions against food inflation, October 2025:
    # the home ministry's weekly meetings, cheap markets in Riau, chilli brought to North
    # Sumatra, the ministers' and the president's words; seventeen detik rows), written before
    # the system's output was read and scored once at b41dd67: 12/14 found, two splits, one
    # wrong date, sources 0.88, status 0.92, titles 0.79, eight headlines with the gold's
    # words.
    "inflasi-daerah-2025-10": (0.85, 2, 0.88, 3, 8),
    # The fresh gold of round fifty-seven (the trial over shielding gambling sites from
    # blocking, 18 June 2025: four witnesses, and PDIP's report against the former minister;
    # seven articles, two outlets), written before the system's output was read and scored
    # once at b41dd67: 9/9 found, one split, sources 1.0, status 1.0, titles 0.92, three
    # headlines with the gold's words.
    "judol-komdigi-2025-06": (1.0, 0, 1.0, 1, 3),
    # The fresh gold of round sixty-one (the hajj ministry: the revised hajj law agreed on 25
    # August 2025 and passed on the 26th, the minister in Riyadh on 19 October, the
    # president's words of the 20th; seven detik rows, three texts), written before the
    # system's output was read and scored once at ef390f5: 6/6 found, no split, sources 1.0,
    # status 1.0, titles 1.0, five headlines with the gold's words, and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    "kementerian-haji-2025-10": (1.0, 0, 1.0, 0, 5),
    # The fresh gold of round sixty-two (Jakarta's tax relief for its 498th anniversary, June
    # 2025: the vehicle-tax fines waived from 14 June, the booth at the Jakarta Fair, the award
    # night and the hotel and restaurant tax cut, the hotels' answer; fifteen articles, three
    # outlets), written before the system's output was read and scored once at ef390f5: 9/11
    # found, one split, two wrong dates, sources 0.64, status 0.89, titles 0.74, six headlines
    # with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "jakarta-pajak-insentif-2025-06": (0.9, 1, 0.72, 4, 7),
    # The fresh gold of round sixty (Pupuk Indonesia's new board of 16 June 2025, with the
    # musician Yovie Widianto a commissioner, and his dated background; seven articles, two
    # outlets), written before the system's output was read and scored once at ef390f5: 9/10
    # found, two splits, sources 0.83, status 1.0, titles 1.0, seven headlines with the gold's
    # words, and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "pupuk-indonesia-yovie-2025-06": (0.9, 2, 0.83, 0, 7),
    # The fresh gold of round sixty-four (COVID-19 watched again, May-June 2025: the health
    # ministry's circular of 23 May, weekly counts, Banyuwangi's answer, the pilgrims found
    # positive; eight articles, three outlets), written before the system's output was read
    # and scored once at 7e77d66: 4/6 found, one split, one wrong date, sources 0.71, status
    # 1.0, titles 0.78, two headlines with the gold's words.
    "covid-waspada-2025-06": (0.66, 1, 0.71, 2, 2),
    # The fresh gold of round sixty-three (soldiers sent to guard the prosecutors' offices,
    # May-August 2025: the commander's telegram of 5 May, the critics and the spokesmen, the
    # commander before Komisi I, the regional parades; five detik rows, all the October corpus
    # has), written before the system's output was read and scored once at 11f5a0a: 10/12
    # found, no split, one wrong date, sources 0.88, status 0.9, titles 0.9, seven headlines
    # with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "tni-kejaksaan-2025-05": (0.91, 0, 0.93, 0, 7),
    # The fresh gold of round sixty-five (the unrest over the DPR's allowances, 19 August to 5
    # September 2025: Adies Kadir's words and their retraction, the protests, the driver
    # killed on 28 August, the parties' and the president's answers, the allowances cut;
    # fourteen detik rows), written before the system's output was read and scored once at
    # 11f5a0a: 17/22 found, one split, no wrong date, sources 0.67, status 0.94, titles 0.93,
    # fourteen headlines with the gold's words.
    "dpr-tunjangan-demo-2025-08": (0.81, 1, 0.7, 2, 15),
    # The fresh gold of round sixty-six (nickel mining in Raja Ampat, June 2025: PT Gag
    # Nikel's mining suspended on 5 June, four permits revoked on the 10th, the ministries'
    # and the company's answers, a hoax photo; twelve articles, two outlets), written before
    # the system's output was read and scored once at fa69b76: 8/9 found, no split, no wrong
    # date, sources 0.91, status 1.0, titles 0.82, two headlines with the gold's words.
    "raja-ampat-nikel-2025-06": (0.88, 0, 0.9, 1, 3),
    # The fresh gold of round sixty-seven (West Ham in the first weeks of the 2025/26 Premier
    # League: the loss at Sunderland, the Chelsea preview, Arsenal's 2-0 of 4 October and the
    # earlier results it recalls; six detikSport rows), written before the system's output
    # was read and scored once at fa69b76: 7/9 found, no split, no wrong date, sources 0.8,
    # status 1.0, titles 0.67, five headlines with the gold's words.
    "west-ham-liga-inggris-2025-10": (0.88, 0, 0.9, 3, 6),
    # The fresh gold of round sixty-eight (Danantara's week, 16-20 June 2025: its COO's speech
    # of 18 June on capital, dividends, mergers and golf, and the dated side stories; nineteen
    # articles, five outlets), written before the system's output was read and scored once at
    # fa69b76: 10/11 found, one split, one wrong date, sources 0.84, status 0.8, titles 0.76,
    # six headlines with the gold's words, and four events dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "danantara-bumn-2025-06": (0.9, 1, 0.84, 4, 7),
    # The fresh gold of round seventy (the KPK looking into the 2024 hajj quota, 19-20 June
    # 2025, with the reports and the inquiry of 2024 it recalls; three articles, the only
    # ones), written before the system's output was read and scored once at 0e96c90: 7/9
    # found, one split, one wrong date, sources 0.82, status 1.0, titles 0.64, six headlines
    # with the gold's words.
    "kuota-haji-kpk-2025-06": (0.77, 0, 0.81, 3, 6),
    # The fresh gold of round sixty-nine (the private filling stations without fuel, August-
    # October 2025, the energy minister's and others' words, biofuels; ten detik rows),
    # written before the system's output was read and scored once at 0e96c90: 8/12 found, no
    # split, two wrong dates, sources 0.53, status 1.0, titles 0.75, five headlines with the
    # gold's words.
    "bbm-bahlil-energi-2025-10": (0.75, 0, 0.73, 3, 6),
    # The fresh gold of round seventy-one (the build-up to MotoGP at Mugello, 17-22 June 2025,
    # and the circuit's dated history; twenty-one articles, three outlets), written before the
    # system's output was read and scored once at 0e96c90: 12/22 found, three splits, two
    # wrong dates, sources 0.56, status 0.92, titles 0.82, six headlines with the gold's
    # words, and six events dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "motogp-mugello-2025-06": (0.68, 3, 0.66, 4, 10),
    # The fresh gold of round seventy-five (the U-23 team's training camp of 20 June-14 July
    # 2025 for the AFF U-23 Championship at home and the AFC qualifiers; twenty articles, four
    # outlets, mostly schedules), written before the system's output was read and scored once
    # at e64c219: 7/13 found, no split, four wrong dates, sources 0.47, status 1.0, titles
    # 0.92, three headlines with the gold's words, and five events dated by boilerplate
    # (pinned in BOILERPLATE_CEILINGS).
    "timnas-u23-aff-2025-06": (0.69, 0, 0.61, 2, 5),
    # The fresh gold of round seventy-four (Elon Musk's break with Trump and his America Party
    # of 5 July 2025, Tesla's fall; five detik rows, three texts), written before the system's
    # output was read and scored once at e64c219: 6/9 found, no split, two wrong dates,
    # sources 0.52, status 1.0, titles 0.82, five headlines with the gold's words, and one
    # event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "musk-america-party-2025-07": (0.77, 0, 0.56, 2, 6),
    # The fresh gold of round seventy-two (an NGO's four members caught extorting a civil
    # servant in Padangsidimpuan, June-October 2025; two detikSumut articles, the only ones),
    # written before the system's output was read and scored once at e64c219: 3/5 found, no
    # split, two wrong dates, sources 0.6, status 1.0, titles 0.87, two headlines with the
    # gold's words.
    "sidimpuan-lsm-ott-2025-10": (0.8, 0, 0.8, 1, 2),
    # The fresh gold of round seventy-three (Antam's and Pegadaian's gold prices falling day by
    # day, 16-20 June 2025, the world price around the Fed's decision; nineteen articles, six
    # outlets), written before the system's output was read and scored once at e64c219: 10/14
    # found, two splits, two wrong dates, sources 0.43, status 0.8, titles 0.91, six headlines
    # with the gold's words.
    "harga-emas-antam-2025-06": (0.71, 2, 0.42, 0, 7),
    # The fresh gold of round seventy-six (the Constitutional Court narrowing two articles of
    # the ITE law on 29 April 2025, and the answers and uses of it to September; seven detik
    # rows, four desks), written before the system's output was read and scored once at
    # 1c26958: 7/8 found, one split, sources 0.73, status 1.0, titles 0.7, three headlines
    # with the gold's words.
    "mk-uu-ite-2025-04": (0.87, 1, 0.72, 3, 3),
    # The fresh gold of round seventy-eight (the school-holiday stimulus of June-July 2025:
    # train, ship and toll discounts and their take-up, the bus operators left out; ten
    # articles, two outlets), written before the system's output was read and scored once at
    # 1c26958: 7/11 found, one split, three wrong dates, sources 0.61, status 1.0, titles 1.0,
    # five headlines with the gold's words.
    "transport-diskon-stimulus-2025-06": (0.72, 1, 0.72, 0, 6),
    # The fresh gold of round seventy-nine (Moon Taeil's rape trial in Seoul, June 2024 to the
    # hearing of 18 June 2025; three articles, two outlets), written before the system's
    # output was read and scored once at 1c26958: 6/10 found, no split, one wrong date,
    # sources 0.67, status 0.83, titles 0.88, four headlines with the gold's words.
    "moon-taeil-trial-2025-06": (0.6, 0, 0.66, 1, 4),
    # The fresh gold of round seventy-seven (1 Muharram 1447 H on 27 June 2025: the holiday,
    # the long weekend, Jakarta's odd-even rule lifted, Kemenag's programme; sixteen articles,
    # three outlets, mostly service pieces), written before the system's output was read and
    # scored once at 1c26958: 3/6 found, two splits, three wrong dates, sources 0.67, status
    # 1.0, titles 0.8, two headlines with the gold's words, and one event dated by boilerplate
    # (pinned in BOILERPLATE_CEILINGS).
    "muharram-1447-2025-06": (0.5, 2, 0.66, 6, 2),
    # The fresh gold of round eighty (Komisi III's hearings on the criminal procedure bill in
    # the DPR's recess, 17-18 June 2025, and the timetable it was given; five articles, four
    # outlets, all the corpus has), written before the system's output was read and scored
    # once at 7568957: 4/7 found, no split, one wrong date, sources 0.54, status 1.0, titles
    # 1.0, three headlines with the gold's words.
    "rkuhap-komisi-iii-2025-06": (0.57, 0, 0.53, 0, 3),
    # The fresh gold of round eighty-one (two climbers on the closed summit of Merapi, 8-17
    # June 2025, found through their videos and sanctioned by the park office; five articles,
    # two outlets, all the corpus has), written before the system's output was read and
    # scored once at 7568957: 5/6 found, no split, sources 0.6, status 1.0, titles 0.83, two
    # headlines with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "merapi-pendaki-ilegal-2025-06": (0.83, 0, 0.6, 2, 2),
    # The fresh gold of round eighty-two (the vehicle-tax amnesties of West Java, Banten and
    # Central Java, March-June 2025, their starts, extensions and ends; seven detikOto
    # articles, all the corpus has), written before the system's output was read and scored
    # once at 23b744c: 5/8 found, one split, one wrong date, sources 0.38, status 1.0, titles
    # 0.95, five headlines with the gold's words.
    "pemutihan-pajak-jabar-banten-2025-06": (0.62, 1, 0.52, 1, 5),
    # The fresh gold of round eighty-three (the Finance Ministry's APBN KiTa press conference
    # of 17 June 2025 and the minister's words of the 18th; nineteen articles, five outlets),
    # written before the system's output was read and scored once at 23b744c: 12/15 found,
    # two splits, sources 0.72, status 0.92, titles 0.81, nine headlines with the gold's
    # words, and two events dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "apbn-kita-kemenkeu-2025-06": (0.86, 2, 0.84, 6, 10),
    # The fresh gold of round eighty-five (Gunung Raung's eruptions of 5-20 June 2025, the
    # masks, the closed trails, the trains; eleven articles, four outlets), written before
    # the system's output was read and scored once at a149719: 8/11 found, one split, two
    # wrong dates, sources 0.72, status 1.0, titles 0.94, four headlines with the gold's
    # words, and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "raung-erupsi-2025-06": (0.9, 1, 0.88, 0, 6),
    # The fresh gold of round eighty-four (two Australians shot at a villa in Munggu, Bali, on
    # 14 June 2025, the three suspects caught on the 17th; four detik articles, three
    # desks), written before the system's output was read and scored once at a149719: 7/8
    # found, one split, sources 0.82, status 1.0, titles 1.0, seven headlines with the
    # gold's words.
    "munggu-villa-shooting-2025-06": (0.87, 1, 0.81, 0, 7),
    # The fresh gold of round eighty-six (Trump weighing strikes on Iran, 13-19 June 2025:
    # the demand of unconditional surrender, Khamenei's refusal, "two weeks" to decide;
    # sixteen articles, five outlets), written before the system's output was read and
    # scored once at e700904: 10/14 found, three splits, two wrong dates, sources 0.48,
    # status 1.0, titles 0.95, seven headlines with the gold's words.
    "trump-iran-decision-2025-06": (0.71, 2, 0.48, 1, 7),
    # The fresh gold of round eighty-seven (Mbappe's fever at the Club World Cup: training
    # missed, the Al Hilal match missed, hospital and discharge, the Pachuca match in doubt;
    # seven articles, two outlets), written before the system's output was read and scored
    # once at e700904: 6/8 found, one wrong date, sources 0.61, status 1.0, titles 0.82,
    # five headlines with the gold's words.
    "mbappe-sakit-cwc-2025-06": (0.87, 0, 0.72, 2, 6),
    # The fresh gold of round eighty-eight (the malaria leaders' summit of APLMA in Nusa
    # Dua, 17 June 2025, and the 2030 target; five liputan6 articles, all there are),
    # written before the system's output was read and scored once at e700904: 3/7 found,
    # one split, three wrong dates, sources 0.47, status 1.0, titles 1.0, two headlines with
    # the gold's words, and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "malaria-aplma-bali-2025-06": (0.57, 1, 0.53, 0, 3),
    # The fresh gold of round ninety-one (Blue Bird's shareholders' meeting of 19 June 2025,
    # its dividend and the dates of its payment; five articles, four outlets, all there
    # are), written before the system's output was read and scored once at 366933c: 6/8
    # found, five splits, sources 0.71, status 1.0, titles 0.94, four headlines with the
    # gold's words, and four events dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "bluebird-rups-dividen-2025-06": (0.75, 3, 0.76, 0, 5),
    # The fresh gold of round eighty-nine (the KPK's inquiry into Bank Indonesia's CSR funds:
    # a DPR member examined, the deputy governor summoned for 19 June and absent; six
    # articles, three outlets, all there are), written before the system's output was read
    # and scored once at 12a4df9: 5/5 found, one split, sources 0.89, status 1.0, titles
    # 0.63, two headlines with the gold's words.
    "csr-bi-kpk-2025-06": (1.0, 1, 0.88, 3, 2),
    # The fresh gold of round ninety (Polda Riau's days before Hari Bhayangkara: parcels,
    # trees and fish in Kampar, a poem night, the Polres' own days; seven detik articles),
    # written before the system's output was read and scored once at 12a4df9: 7/11 found,
    # one wrong date, sources 0.58, status 1.0, titles 1.0, six headlines with the gold's
    # words, and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "polda-riau-bhayangkara-2025-06": (0.63, 0, 0.58, 0, 6),
    # The fresh gold of round ninety-two (the singer Denada's nose surgery in Bangkok, her
    # words of 19 June on television and at the JCC, her past; nine articles, three
    # outlets, all there are), written before the system's output was read and scored once
    # at 1e6ab64: 6/7 found, one split, one wrong date, sources 0.82, status 1.0, titles
    # 0.8, five headlines with the gold's words, and one event dated by boilerplate (pinned
    # in BOILERPLATE_CEILINGS).
    "denada-rhinoplasty-2025-06": (0.85, 1, 0.81, 2, 5),
    # The fresh gold of round ninety-three (Jakarta's Rp 1 fares and longer hours on
    # TransJakarta, MRT and LRT for the city's anniversary on 22 June 2025; eight articles,
    # three outlets), written before the system's output was read and scored once at
    # 1e6ab64: 6/7 found, one split, sources 0.58, status 1.0, titles 0.83, three headlines
    # with the gold's words.
    "jakarta-tarif-rp1-hut-2025-06": (0.85, 1, 0.57, 1, 3),
    # The fresh gold of round ninety-four (the draft decree shrinking subsidised houses to
    # 18 m2, the minister's, the bank's and the developers' words of 12-20 June 2025; nine
    # articles, four outlets), written before the system's output was read and scored once
    # at 5c18f40: 8/8 found, sources 0.83, status 0.88, titles 1.0, seven headlines with
    # the gold's words.
    "rumah-subsidi-18m-2025-06": (1.0, 0, 0.83, 0, 7),
    # The fresh gold of round ninety-five (an armed group's killings in Kabupaten Puncak,
    # Papua Tengah, the shots at Ilaga's airport, the TNI's denial, the motive; six articles,
    # four outlets, all there are), written before the system's output was read and scored
    # once at 5c18f40: 5/5 found, one split, sources 0.75, status 1.0, titles 0.86, three
    # headlines with the gold's words.
    "papua-kkb-2025-06": (1.0, 1, 0.75, 1, 3),
    # The fresh gold of round ninety-seven (the wage subsidy BSU of Rp600,000 planned for
    # June 2025, stuck in verification, the ministry's and BRI's words of 18-20 June;
    # fifteen articles, two outlets), written before the system's output was read and
    # scored once at cf33f8a: 5/8 found, two splits, one wrong date, sources 0.75, status
    # 0.8, titles 0.85, two headlines with the gold's words, and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    "bsu-2025-06": (0.62, 1, 0.75, 2, 3),
    # The fresh gold of round ninety-six (live chicken and egg prices below the reference in
    # mid-June 2025, the ministry's floor price of Rp 18,000/kg from 19 June; five articles,
    # two outlets, all there are), written before the system's output was read and scored
    # once at 7c9fbd9: 5/7 found, one wrong date, sources 0.83, status 1.0, titles 1.0,
    # four headlines with the gold's words.
    "harga-ayam-hpp-2025-06": (0.71, 0, 0.83, 0, 4),
    # The fresh gold of round ninety-eight (free school meals handed out raw in Tangerang
    # Selatan, the viral post of 16 June 2025, the agency's, the city's and a legislator's
    # words; eight articles, four outlets, all there are), written before the system's
    # output was read and scored once at 7a47abf: 5/5 found, one split, sources 1.0, status
    # 0.8, titles 1.0, three headlines with the gold's words.
    "mbg-bahan-mentah-tangsel-2025-06": (1.0, 1, 1.0, 0, 3),
    # The fresh gold of round ninety-nine (the musician Fariz RM's drug trial: the arrest of
    # 18 February 2025, the hearing of 19 June, his and his lawyer's words; five articles,
    # two outlets, all there are), written before the system's output was read and scored
    # once at 7a47abf: 3/4 found, sources 0.82, both conflicts recorded, status 1.0, titles
    # 1.0, two headlines with the gold's words.
    "fariz-rm-sidang-narkoba-2025-06": (0.75, 0, 0.81, 0, 2),
    # The fresh gold of round one hundred and one (Jakarta's 498th anniversary on 22 June
    # 2025, its programme of side events, the organiser's and the governor's words, 1527,
    # 1956 and the 500th in 2027; seventeen articles, four outlets), written before the
    # system's output was read and scored once at 6da34b1: 12/17 found, three splits, one
    # wrong date, sources 0.76, status 0.92, titles 0.84, eleven headlines with the gold's
    # words, and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "hut-jakarta-498-2025-06": (0.7, 3, 0.76, 6, 11),
    # The fresh gold of round one hundred (online lending: OJK's words of 18 June 2025, the
    # task force's blocking of 427 illegal lenders on the 19th, the losses and debts counted
    # up to May and March; nine articles, three outlets), written before the system's
    # output was read and scored once at fbb0ae9: 4/9 found, one wrong date, sources 0.43,
    # status 1.0, titles 0.75, two headlines with the gold's words, and one event dated by
    # boilerplate (pinned in BOILERPLATE_CEILINGS).
    "pinjol-pindar-ojk-2025-06": (0.44, 0, 0.42, 2, 2),
    # The fresh gold of round one hundred and two (Prabowo's reshuffles of September 2025:
    # Purbaya sworn in for Sri Mulyani on the 8th, the market's fall, the Istana's denial of
    # a new swearing-in on the 19th; six detik articles, all there are), written before the
    # system's output was read and scored once at e496731: 8/12 found, one wrong date,
    # sources 0.62, status 1.0, titles 0.7, six headlines with the gold's words.
    "reshuffle-purbaya-2025-09": (0.66, 0, 0.61, 2, 6),
    # The fresh gold of round one hundred and three (the KPK's case of extortion over
    # foreign workers' permits at Kemnaker: examinations of 17-19 June 2025, a lawyer's and
    # the spokesman's words; four articles, two outlets, all there are), written before the
    # system's output was read and scored once at e496731: 6/8 found, one wrong date,
    # sources 0.69, status 1.0, titles 0.75, one headline with the gold's words.
    "kemnaker-tka-kpk-2025-06": (0.75, 0, 0.69, 3, 1),
    # The fresh gold of round one hundred and four (the rains of 17-20 June 2025: floods in
    # West Jakarta, Mimika and Porong, a tree on a school in Bogor, BMKG's forecasts and
    # warnings for the 19th; nine articles, five outlets), written before the system's
    # output was read and scored once at 7db2e0f: 7/9 found, sources 0.82, status 0.71,
    # titles 0.67, three headlines with the gold's words.
    "hujan-banjir-pertengahan-juni-2025-06": (0.77, 0, 0.81, 3, 4),
    # The fresh gold of round one hundred and five (Bank Indonesia's rate decisions of April
    # to August 2025 and the governor's words between them; twelve detikFinance articles),
    # written before the system's output was read and scored once at b8247eb: 14/19 found,
    # one split, five wrong dates, sources 0.62, status 1.0, titles 0.92, twelve headlines
    # with the gold's words.
    "bi-rate-easing-2025-08": (0.73, 1, 0.62, 2, 13),
    # The fresh gold of round one hundred and six (Central Java's governor promoting exports
    # and investment in Semarang on 20-21 October 2025: the quarantine office's planned
    # export send-off, a seminar, a land-office signing, a statistics workshop; eight
    # detik articles of one desk, two the same page), written before the system's output
    # was read and scored once at 9a8188f: 6/9 found, two splits, two wrong dates, sources
    # 0.57, status 1.0, titles 0.82, three headlines with the gold's words.
    "jateng-ekspor-investasi-2025-10": (0.66, 1, 0.57, 2, 3),
    # The fresh gold of round one hundred and seven (Group A of the 2025 Club World Cup:
    # Al Ahly-Inter Miami, Palmeiras-Al Ahly, Inter Miami-Porto with Messi's free kick, the
    # planned Inter Miami-Palmeiras, and Baggio's dated past; fifteen articles, three
    # outlets), written before the system's output was read and scored once at 9a8188f: 8/8
    # found, two splits, sources 0.83, status 1.0, titles 1.0, three headlines with the
    # gold's words.
    "cwc-group-a-messi-2025-06": (1.0, 2, 0.83, 0, 3),
    # The fresh gold of round one hundred and eight (Melanie Subono: the shelter owner named
    # a suspect over her dog's death, the case's past since 2016, and her story of Mariah
    # Carey's riders; five articles, two outlets), written before the system's output was
    # read and scored once at 9a8188f: 5/11 found, three wrong dates, sources 0.46, status
    # 1.0, titles 0.75, four headlines with the gold's words.
    "melanie-subono-2025-06": (0.63, 0, 0.61, 3, 5),
    # The fresh gold of round one hundred and ten (a seven-year-old girl found wounded at
    # Pasar Kebayoran Lama on 11 June 2025, her two operations at RS Polri, the police's
    # and the hospital's words of the 20th; five articles, four outlets), written before
    # the system's output was read and scored once at 9a8188f: 5/5 found, sources 1.0,
    # status 1.0, titles 0.71, two headlines with the gold's words.
    "kebayoran-child-abuse-2025-06": (1.0, 0, 1.0, 2, 2),
    # The fresh gold of round one hundred and eleven (Bandung's mayor on reopening Husein
    # Sastranegara airport while Kertajati stands empty: an expert's and the province's
    # answers of 15-19 June 2025, the Nurtanio flyover; six articles, two outlets), written
    # before the system's output was read and scored once at 9a8188f: 5/8 found, sources
    # 0.75, status 0.8, titles 0.86, four headlines with the gold's words.
    "bandara-husein-bandung-2025-06": (0.62, 0, 0.75, 0, 4),
    # The fresh gold of round one hundred and nine (the 2026 state budget drawn up, July to
    # October 2025: the growth target, Kemenkeu's own budget, the Nota Keuangan of 15 August
    # and what it holds, the deficit; thirteen articles, five detik desks), written before
    # the system's output was read and scored once at 9a8188f: 11/14 found, two splits, two
    # wrong dates, sources 0.78, status 1.0, titles 0.96, five headlines with the gold's words.
    "rapbn-2026-2025-08": (0.78, 2, 0.78, 1, 5),
    # The fresh gold of round one hundred and twelve (PSSI letting Patrick Kluivert go after
    # the failed 2026 World Cup campaign: the state secretary's words of 16 October 2025,
    # the names tipped to follow him, Shin Tae-yong's past; eight articles, five detik
    # desks), written before the system's output was read and scored once at 00da364: 5/8
    # found, one wrong date, sources 0.5, status 1.0, titles 1.0, three headlines with the
    # gold's words.
    "timnas-pelatih-kluivert-2025-10": (0.62, 0, 0.5, 0, 3),
    # The fresh gold of round one hundred and thirteen (private money for infrastructure,
    # October 2025: BPJT's 55 KPBU projects of the 20th, the IPFO office opened by AHY on
    # the 21st, the Giant Sea Wall; nine detikFinance articles, three pages stored twice),
    # written before the system's output was read and scored once at 9258cf0: 4/6 found,
    # one split, one wrong date, sources 0.75, status 1.0, titles 0.78, one headline with the
    # gold's words.
    "infrastruktur-investasi-swasta-2025-10": (0.66, 1, 0.75, 1, 1),
    # The fresh gold of round one hundred and fifteen (a man who killed his wife in a rented
    # room at Pondok Ranji, Tangerang Selatan, on the night of 16 June 2025, his confession
    # to a neighbour, the police's and the neighbours' words; four detik articles), written
    # before the system's output was read and scored once at b818b34: 6/6 found, two splits,
    # sources 1.0, status 1.0, titles 0.82, four headlines with the gold's words.
    "tangsel-suami-bunuh-istri-2025-06": (1.0, 2, 1.0, 2, 4),
    # The fresh gold of round one hundred and fourteen (Gaikindo's press conference of 18
    # June 2025 for GIIAS 2025: the car-sales slump, the show's dates at ICE BSD, a move to
    # PIK 2 next year; twelve articles, two outlets), written before the system's output was
    # read and scored once at 25d42ad: 8/10 found, three splits, sources 0.79, status 1.0,
    # titles 0.72, three headlines with the gold's words.
    "giias-gaikindo-2025-06": (0.8, 3, 0.78, 4, 4),
    # The fresh gold of round one hundred and seventeen (a Pajero with fake police plates
    # pushing through traffic in Bandung on 17 October 2025 and the Tasikmalaya police
    # chief's words of the 19th; six articles, four detik desks), written before the
    # system's output was read and scored once at fc16c9e: 1/2 found, sources 0.86, status
    # 1.0, titles 0.0, no headline with the gold's words.
    "pajero-pelat-polri-bandung-2025-10": (0.5, 0, 0.85, 1, 0),
    # The fresh gold of round one hundred and sixteen (the social minister on 18 June 2025:
    # the second round of aid failed to reach 1.3 million families, accounts checked with
    # the banks, BPS and PPATK, 7.39 million PBI JKN members deactivated; his update of the
    # 20th; ten articles, five outlets), written before the system's output was read and
    # scored once at 3c2e755: 3/5 found, one split, sources 0.67, status 1.0, titles 1.0, no
    # headline with the gold's words.
    "bansos-gagal-salur-2025-06": (0.6, 1, 0.66, 0, 0),
    # The fresh gold of round one hundred and eighteen (Meta's announcement of 16 June 2025
    # that WhatsApp shows ads in Status and paid Channels, and the app's "No Ads!" past since
    # 2009; five articles, four outlets), written before the system's output was read and
    # scored once at 1f1918a: 8/8 found, one split, sources 0.9, status 1.0, titles 0.8, five
    # headlines with the gold's words.
    "whatsapp-iklan-2025-06": (1.0, 1, 0.9, 2, 5),
    # The fresh gold of round one hundred and nineteen (Group E of the 2025 Club World Cup:
    # River Plate-Urawa and Monterrey-Inter of 18 June WIB, Chivu's words, the planned
    # matches of the 22nd, and Ramos's and Urawa's dated past; thirteen articles, three
    # outlets), written before the system's output was read and scored once at 1f1918a: 5/11
    # found, sources 0.5, status 1.0, titles 0.71, five headlines with the gold's words.
    "cwc-group-e-inter-2025-06": (0.45, 0, 0.5, 4, 5),
    # The fresh gold of round one hundred and twenty (the regions' answers to the cut in
    # transfers, 8-20 October 2025: NTB, the DPD chair, Karawang's health cover, Solo's
    # planned work from home; four articles, four detik desks), written before the system's
    # output was read and scored once at e6c71f3: 5/6 found, one wrong date, sources 0.83,
    # status 1.0, titles 0.89, two headlines with the gold's words.
    "tkd-pangkas-daerah-2025-10": (0.83, 0, 0.83, 1, 2),
    # The fresh gold of round one hundred and twenty-two (mining trucks on the roads of
    # Serang and Cilegon, 17-21 October 2025: the governor's meeting, trucks turned back, the
    # DPRD hearing; four detikNews articles, all the corpus has), written before the system's
    # output was read and scored once at fc91b85: 3/6 found, one wrong date, sources 0.57,
    # status 1.0, titles 0.83, two headlines with the gold's words.
    "truk-tambang-serang-2025-10": (0.5, 0, 0.57, 1, 2),
    # The fresh gold of round one hundred and twenty-one (Iran's internet in the war, 13-18
    # June 2025: the restrictions and the blackout, the call to delete WhatsApp, Predatory
    # Sparrow's hacks of Bank Sepah and Nobitex; seven articles, three outlets), written
    # before the system's output was read and scored once at 6f8db25: 10/11 found, one split,
    # sources 0.72, status 1.0, titles 0.83, four headlines with the gold's words.
    "iran-internet-siber-2025-06": (0.9, 1, 0.72, 2, 4),
    # The fresh gold of round one hundred and twenty-three (the arrest of Farel Prayoga's
    # father for online gambling in Banyuwangi, 10-18 June 2025; six articles, two outlets),
    # written before the system's output was read and scored once at 6f8db25: 4/4 found,
    # sources 1.0, status 1.0, titles 0.8, three headlines with the gold's words (meets every
    # target).
    "farel-prayoga-ayah-judol-2025-06": (1.0, 0, 1.0, 1, 3),
    # The fresh gold of round one hundred and twenty-four (oil prices and the Strait of
    # Hormuz in the war's first week, 13-19 June 2025, with a planned fuel-price change of 1
    # July; eighteen articles, three outlets), written before the system's output was read
    # and scored once at 5d5f756: 13/15 found, one split, sources 0.71, status 1.0, titles
    # 0.89, eleven headlines with the gold's words.
    "minyak-hormuz-2025-06": (0.86, 1, 0.7, 3, 11),
    # The fresh gold of round one hundred and twenty-five (free-meal poisonings in four
    # regions and the plaster in a meal in Sukabumi, 13-21 October 2025; seven articles, three
    # detik desks, two of them weekly round-ups), written before the system's output was read
    # and scored once at 5d5f756: 7/9 found, two splits, one wrong date, sources 0.8, status
    # 1.0, titles 0.91, two headlines with the gold's words.
    "keracunan-mbg-daerah-2025-10": (0.77, 2, 0.8, 4, 2),
    # The fresh gold of round one hundred and twenty-six (the volleyball player Yolla Yuliana
    # leaving the national team, 17 June 2025, and her career from 2008; seven articles, two
    # outlets), written before the system's output was read and scored once at 5d5f756:
    # 11/15 found, three wrong dates, sources 0.48, status 1.0, titles 0.88, seven headlines
    # with the gold's words.
    "yolla-yuliana-pensiun-2025-06": (0.73, 0, 0.48, 2, 7),
    # The fresh gold of round one hundred and twenty-seven (the fisheries ministry's
    # surveillance chief on Filipino boats, turtle eggs, fish devices and sand mining, 16-18
    # June 2025; nine articles, two outlets), written before the system's output was read and
    # scored once at 0bc5049: 4/7 found, one wrong date, sources 0.55, status 1.0, titles
    # 0.83, two headlines with the gold's words.
    "kkp-psdkp-penindakan-2025-06": (0.57, 0, 0.55, 1, 2),
    # The fresh gold of round one hundred and twenty-eight (Sekolah Rakyat, 22 August to 22
    # October 2025: Prabowo's briefing, the minister's visits, the first year's results;
    # fifteen articles, four detik desks), written before the system's output was read and
    # scored once at 0bc5049: 9/14 found, one split, two wrong dates, sources 0.76, status
    # 1.0, titles 0.87, six headlines with the gold's words.
    "sekolah-rakyat-2025-10": (0.64, 1, 0.76, 3, 6),
    # The fresh gold of round one hundred and twenty-nine (PSI's race for chairman, Bro Ron
    # the first to register, 17-18 June 2025, and his February clash with teachers; six
    # articles, three outlets), written before the system's output was read and scored once
    # at 0bc5049: 5/7 found, one wrong date, sources 0.8, status 1.0, titles 0.8, four
    # headlines with the gold's words.
    "psi-caketum-bro-ron-2025-06": (0.71, 0, 0.8, 2, 4),
    # The fresh gold of round one hundred and thirty-one (the new capital's authority in
    # October 2025: a fire at the workers' housing and its aid, investors signed, illegal
    # mines; eight articles, three detik desks, two stored twice), written before the
    # system's output was read and scored once at 6083080: 6/6 found, sources 1.0, status
    # 1.0, titles 0.57, four headlines with the gold's words (meets every target).
    "ikn-otorita-oktober-2025-10": (1.0, 0, 1.0, 3, 4),
    # The fresh gold of round one hundred and thirty (the US build-up in the Middle East in
    # the war's first week, 13-20 June 2025: the Nimitz leaving the South China Sea and seen
    # near Indonesian waters, tankers to Europe, warships out of Bahrain, Al Udeid emptied;
    # seven articles, four outlets), written before the system's output was read and scored
    # once at 2d593fc: 9/11 found, sources 0.79, status 1.0, titles 0.8, five headlines with
    # the gold's words.
    "nimitz-us-buildup-2025-06": (0.81, 0, 0.78, 2, 5),
    # The fresh gold of round one hundred and thirty-two (Chery's Tiggo 8 CSH: its battery
    # soaked in seawater at PIK from 17 to 19 June 2025, the sales figures of the 17th and the
    # May launch; seven articles, two outlets), written before the system's output was read
    # and scored once at d0d2fb4: 4/7 found, one split, one wrong date, sources 0.53, status
    # 1.0, titles 1.0, three headlines with the gold's words.
    "chery-tiggo8-csh-2025-06": (0.57, 1, 0.53, 0, 3),
    # The fresh gold of round one hundred and thirty-three (DKPP's severe warning to KPU's
    # leaders over private jets, read on 21 October 2025, the hearing of May 2024 and a
    # regional chairman removed on 7 October; six articles, two detik desks), written before
    # the system's output was read and scored once at d0d2fb4: 4/6 found, two wrong dates,
    # sources 0.85, status 1.0, titles 1.0, one headline with the gold's words.
    "dkpp-sanksi-kpu-2025-10": (0.66, 0, 0.84, 0, 1),
    # The fresh gold of round one hundred and thirty-four (Perpres 49/2025 dissolving the
    # Saber Pungli task force, signed 6 May 2025 and reported 18-19 June, with its founding in
    # October 2016; five articles, four outlets), written before the system's output was read
    # and scored once at f275ec6: 5/7 found, one split, sources 0.68, status 1.0, titles
    # 0.73, one headline with the gold's words.
    "saber-pungli-bubar-2025-06": (0.71, 1, 0.68, 3, 1),
    # The fresh gold of round one hundred and thirty-five (PBSI's mid-year review of its
    # training camp, 18-19 June 2025: Eng Hian on titles and on Ginting's and Gregoria's
    # return, Dejan's new partner, the six-month target; sixteen articles, two outlets),
    # written before the system's output was read and scored once at b3b21c6: 9/13 found,
    # four splits, one wrong date, sources 0.61, status 1.0, titles 0.75, five headlines with
    # the gold's words.
    "pbsi-evaluasi-pelatnas-2025-06": (0.69, 4, 0.61, 6, 5),
    # The fresh gold of round one hundred and thirty-six (the Club World Cup's Group G opening
    # matches: Manchester City 2-0 Wydad on 18 June, Juventus 5-0 Al Ain on 19 June after the
    # White House visit; twenty-three articles, four outlets), written before the system's
    # output was read and scored once at 9728c53: 6/9 found, sources 0.8, status 1.0, titles
    # 0.89, five headlines with the gold's words.
    "cwc-group-g-city-juve-2025-06": (0.66, 0, 0.8, 2, 5),
    # The fresh gold of round one hundred and thirty-seven (BPS's March 2025 poverty figures:
    # put off on 15 July, explained to the DPR on the 17th, released on the 25th; what
    # ministers and the President said of them into September; nine articles, three detik
    # desks), written before the system's output was read and scored once at 9728c53: 7/12
    # found, two wrong dates, sources 0.58, status 1.0, titles 0.88, four headlines with the
    # gold's words.
    "angka-kemiskinan-bps-2025-07": (0.58, 0, 0.58, 3, 4),
    # The fresh gold of round one hundred and thirty-eight (the Vice-President at Bung Karno's
    # grave in Blitar on 18 June 2025, and the grave's history from 1958 to 1979; five
    # articles, three outlets), written before the system's output was read and scored once
    # at 90fb814: 5/6 found, sources 0.7, status 1.0, titles 0.73, three headlines with the
    # gold's words.
    "gibran-ziarah-blitar-2025-06": (0.83, 0, 0.7, 3, 3),
    # The fresh gold of round one hundred and thirty-nine (protests against relocation out of
    # Tesso Nilo National Park, Riau, 17-18 June 2025: threats against the park's head, the
    # police chief and the governor meeting the protesters; four articles, two outlets),
    # written before the system's output was read and scored once at 90fb814: 4/5 found,
    # sources 0.67, status 1.0, titles 1.0, three headlines with the gold's words.
    "tesso-nilo-relokasi-2025-06": (0.8, 0, 0.66, 0, 3),
    # The fresh gold of round one hundred and forty (Bank Indonesia's board meeting of 17-18
    # June 2025: the BI-Rate held, the card relief extended, the governor's outlook, the
    # markets that day, with background from March to 13 June; twenty articles, five outlets),
    # written before the system's output was read and scored once at 90fb814: 8/11 found, one
    # split, two wrong dates, sources 0.67, status 1.0, titles 0.92, seven headlines with the
    # gold's words.
    "bi-rdg-juni-2025-06": (0.72, 1, 0.66, 2, 7),
    # The fresh gold of round one hundred and forty-one (KPK's inquiry into the 2020 rice aid
    # of Kemensos: the distribution, the suspects of August 2025, witnesses examined on 20
    # October and the subcontractors' profits told on the 21st; five articles that are two
    # texts, one desk), written before the system's output was read and scored once at
    # 94c8689: 4/4 found, one split, sources 1.0, status 1.0, titles 0.57, three headlines
    # with the gold's words.
    "kpk-bansos-2020-2025-10": (1.0, 1, 1.0, 3, 3),
    # The fresh gold of round one hundred and forty-two (Iran's missiles against Israel's air
    # defences in the war's first week: the answer of 13 June, the Fattah-1 and Sejjil waves
    # of 18 June, cluster bomblets on the 19th, and the weapons' history; nine articles, four
    # outlets), written before the system's output was read and scored once at bbc13b0:
    # 11/12 found, sources 0.92, status 1.0, titles 0.8, nine headlines with the gold's words.
    "rudal-iran-iron-dome-2025-06": (0.91, 0, 0.91, 3, 9),
    # The fresh gold of round one hundred and forty-four (Kimberly Ryder's report against her
    # ex-husband over a car, her lawyer's and her own words at the police on 18 June 2025,
    # and their marriage and divorce; three articles, two outlets), written before the
    # system's output was read and scored once at 14caaec: 4/7 found, one wrong date, sources
    # 0.5, status 1.0, titles 0.6, four headlines with the gold's words.
    "kimberly-ryder-edward-akbar-2025-06": (0.57, 0, 0.5, 2, 4),
    # The fresh gold of round one hundred and forty-three (the police's anti-corruption corps
    # at one press conference on 21 October 2025: two former directors of a Riau company
    # detained, the suspects of a stalled power plant in West Kalimantan to be summoned, with
    # both cases' background; six articles that are three texts, one desk), written before
    # the system's output was read and scored once at 8139fc0: 3/8 found, two wrong dates,
    # sources 0.37, status 1.0, titles 0.83, two headlines with the gold's words.
    "kortas-tipikor-riau-kalbar-2025-10": (0.37, 0, 0.36, 1, 2),
    # The fresh gold of round one hundred and forty-five (the 2025 NBA Finals between the
    # Thunder and the Pacers: games 1, 3 and 6, and game 7 planned for 23 June; five articles,
    # two outlets), written before the system's output was read and scored once at a70b4e1:
    # 4/4 found, two splits, sources 1.0, status 0.5, titles 0.93, one headline with the
    # gold's words.
    "nba-finals-thunder-pacers-2025-06": (1.0, 2, 1.0, 1, 1),
    # The fresh gold of round one hundred and forty-six (the paid national internship opened
    # on 20 October 2025, the ministers' words that day, and the batches planned; three
    # articles that are two texts, one desk), written before the system's output was read and
    # scored once at a70b4e1: 6/6 found, sources 1.0, status 1.0, titles 0.86, four headlines
    # with the gold's words; it meets every target.
    "magang-nasional-2025-10": (1.0, 0, 1.0, 1, 4),
    # The fresh gold of round one hundred and forty-seven (Fadli Zon's denial of the May 1998
    # rapes and the reactions of 16-20 June 2025: the palace's spokesman, a member of Komisi
    # X, the activists of '98; five articles, four outlets), written before the system's
    # output was read and scored once at 6479c11: 4/6 found, one split, sources 0.8, status
    # 1.0, titles 0.8, two headlines with the gold's words.
    "fadli-zon-perkosaan-1998-2025-06": (0.66, 1, 0.8, 2, 2),
    # The fresh gold of round one hundred and forty-nine (the Home Affairs decree on regional
    # boundaries after the four islands: the minister's revision, Komisi II's words, the
    # islands Trenggalek and Tulungagung dispute and its history; five articles, four
    # outlets), written before the system's output was read and scored once at 6479c11: 9/12
    # found, one split, one wrong date, sources 0.71, status 1.0, titles 0.83, three
    # headlines with the gold's words.
    "batas-wilayah-kepmendagri-2025-06": (0.75, 1, 0.71, 2, 3),
    # The fresh gold of round one hundred and forty-eight (Nikita Mirzani's extortion case as
    # one desk told it in stages: detained on 4 March 2025, the handover set for 5 June, an
    # expert questioned on 28 August, her answer to the prosecutors' reply on 20 October and
    # their response set for the 23rd; three articles), written before the system's output
    # was read and scored once at 9eaa9b9: 5/7 found, sources 0.71, status 1.0, titles 0.83,
    # three headlines with the gold's words.
    "nikita-mirzani-sidang-2025-10": (0.71, 0, 0.71, 1, 3),
    # The fresh gold of round one hundred and fifty (the government's airfare discounts of
    # 2025: June's announced on 4 June, the fuel surcharge cut of 8 October, the airfare VAT
    # borne by the state from 15 October, the holiday fares promised on 21 October and sold
    # from the 22nd; three articles, three desks), written before the system's output was
    # read and scored once at d2f8b74: 6/8 found, sources 0.75, status 1.0, titles 0.9,
    # three headlines with the gold's words.
    "diskon-tiket-pesawat-2025-10": (0.75, 0, 0.75, 1, 3),
    # The fresh gold of round one hundred and fifty-two (the giant sea wall of Java's north
    # coast as June 2025 told it: the authority to be formed, its financing, the Semarang-Demak
    # toll road built into it, the governor's and a senator's words; six articles, two
    # outlets), written before the system's output was read and scored once at 27d728e:
    # 7/11 found, one wrong date, sources 0.64, status 1.0, titles 0.7, seven headlines with
    # the gold's words.
    "giant-sea-wall-2025-06": (0.63, 0, 0.63, 3, 7),
    # The fresh gold of round one hundred and fifty-one (Group H of the Club World Cup:
    # Inzaghi hired by Al Hilal, Real Madrid held 1-1 by Al Hilal, Salzburg's win over Pachuca
    # after a storm delay, the matches of 23 June planned; 26 articles, five outlets), written
    # before the system's output was read and scored once at f7c6553: 7/8 found, one split,
    # sources 0.73, status 1.0, titles 0.87, five headlines with the gold's words.
    "cwc-group-h-al-hilal-2025-06": (0.87, 1, 0.73, 3, 5),
    # The fresh gold of round one hundred and fifty-three (medical waste buried under cassava
    # in Pekanbaru: the agreement about 2023, the report of May 2025, the raid of 19 June and
    # the director detained on the 20th; five articles, one desk), written before the
    # system's output was read and scored once at fc5ed59: 4/5 found, sources 0.86, status
    # 1.0, titles 1.0, three headlines with the gold's words.
    "limbah-medis-pekanbaru-2025-06": (0.8, 0, 0.85, 0, 3),
    # The fresh gold of round one hundred and fifty-four (the singer Windy Yunita questioned
    # by the KPK as a suspect in Hasbi Hasan's money-laundering case on 18 June, her brother
    # the same day, her earlier examination and summons; three articles, three outlets),
    # written before the system's output was read and scored once at c77ae03: 3/4 found,
    # sources 0.67, status 1.0, titles 1.0, two headlines with the gold's words.
    "windy-idol-kpk-2025-06": (0.75, 0, 0.66, 0, 2),
    # The fresh gold of round one hundred and fifty-five (the ministries' slow spending of the
    # 2025 budget: budgets unblocked in June, the deficit press conferences of September and
    # October, Purbaya's visit to the PU ministry on 17 October and what it plans; seven
    # articles, one desk), written before the system's output was read and scored once at
    # c77ae03: 5/9 found, sources 0.67, status 1.0, titles 0.89, five headlines with the
    # gold's words.
    "penyerapan-anggaran-kl-2025-10": (0.55, 0, 0.66, 1, 5),
    # The fresh gold of round one hundred and fifty-six (a nuclear power plant for Indonesia:
    # the deputy energy minister on small reactors and a uranium regulation on 20 June, the
    # minister's plan of building from 2027 and running by 2032, AHY and the Russian
    # ambassador, BATAN's history; eight articles, five outlets), written before the system's
    # output was read and scored once at c77ae03: 9/10 found, sources 0.93, status 0.89,
    # titles 0.92, two headlines with the gold's words.
    "pltn-nuklir-esdm-2025-06": (0.9, 0, 0.93, 1, 2),
    # The fresh gold of round one hundred and fifty-seven (Indonesia and Pakistan in their
    # 75th year: Pakistan's interest in IKN at an investment forum of October, a business
    # forum of the trade expo and a book planned for November, Prabowo in Islamabad on 8-9
    # December; five articles, one desk), written before the system's output was read and
    # scored once at c77ae03: 4/6 found, one wrong date, sources 0.71, status 1.0, titles
    # 0.8, three headlines with the gold's words.
    "indonesia-pakistan-2025-12": (0.66, 0, 0.71, 1, 3),
    # The fresh gold of round one hundred and sixty-one (two Medan traffic policemen taken by
    # Propam at their post on 17 September, two officers confirming it that day and the
    # spokesman calling it discipline, not an arrest, on the 18th; three articles, one desk),
    # written before the system's output was read and scored once at b38b0b9: 3/4 found,
    # sources 0.71, status 1.0, titles 1.0, three headlines with the gold's words.
    "polantas-medan-ott-paminal-2025-09": (0.75, 0, 0.71, 0, 3),
    # The fresh gold of round one hundred and sixty (other countries getting their people out
    # of Israel and Iran in June 2025: China's embassy and its 791 evacuated, the cruise to
    # Cyprus, American, British, Bulgarian, German and Polish moves, Australia closing its
    # embassy, stranded travellers; fourteen articles, two outlets), written before the
    # system's output was read and scored once at 89cf58d: 8/15 found, three wrong dates,
    # sources 0.6, status 1.0, titles 0.84, three headlines with the gold's words.
    "evakuasi-warga-asing-2025-06": (0.53, 0, 0.6, 3, 3),
    # The fresh gold of round one hundred and fifty-nine (BPJS Kesehatan's talkshow on its
    # chronic-disease programme on 20 October and the yearly figures on diabetes and high
    # blood pressure it gave; three articles, one desk), written before the system's output
    # was read and scored once at 89cf58d: 2/8 found, three wrong dates, sources 0.14,
    # status 1.0, titles 1.0, one headline with the gold's words.
    "prolanis-bpjs-kronis-2025-10": (0.25, 0, 0.14, 0, 1),
    # The fresh gold of round one hundred and fifty-eight (the Premier League's 2025/26
    # fixtures released on 18 June: the season's first and last days and the planned matches
    # of August and September; seventeen articles, three outlets), written before the
    # system's output was read and scored once at 64ba0d5: 11/25 found, one split, two wrong
    # dates, sources 0.62, status 1.0, titles 0.95, six headlines with the gold's words.
    "premier-league-jadwal-2025-06": (0.44, 1, 0.61, 1, 6),
    # The fresh gold of round one hundred and sixty-four (the end of the Indonesia-EU trade
    # talks: Airlangga and Sefcovic on 6 June, the deal done in substance on 13 June, the
    # June target on the 18th, the disputed chapter on the 20th, the text, signing and entry
    # into force planned; three articles, two outlets), written before the system's output
    # was read and scored once at 53ff7ee: 7/9 found, one split, one wrong date, sources 0.8,
    # status 1.0, titles 0.83, seven headlines with the gold's words.
    "ieu-cepa-2025-06": (0.77, 1, 0.8, 2, 7),
    # The fresh gold of round one hundred and sixty-three (the rupiah against the dollar from
    # 7 July to 1 August 2025: the daily rates, Trump's tariff deadlines and letters, the
    # finance minister's and the central bank governor's words of 28 July; eight articles,
    # one desk), written before the system's output was read and scored once at 52aecb4:
    # 15/19 found, one split, two wrong dates, sources 0.72, status 0.87, titles 1.0, twelve
    # headlines with the gold's words.
    "rupiah-dolar-2025-07": (0.78, 1, 0.72, 0, 12),
    # The fresh gold of round one hundred and sixty-two (a commuter train hitting a truck at a
    # crossing in Kota Tangerang on 20 June 2025: the collision, the driver taken to hospital,
    # the delays until the track reopened, KAI Commuter's apology and the police account; six
    # articles, two outlets), written before the system's output was read and scored once at
    # a2f14af: 3/6 found, one split, sources 0.47, status 1.0, titles 1.0, three headlines
    # with the gold's words.
    "krl-tangerang-tertemper-truk-2025-06": (0.5, 1, 0.47, 0, 3),
    # The fresh gold of round one hundred and sixty-five (the village cooperatives, Koperasi
    # Desa Merah Putih, in June 2025: the deputy minister's July target, East Java's count,
    # the village minister in Ambon, the cooperatives minister on bank funding and more pilot
    # cooperatives, the BUMDes call; seven articles, four outlets), written before the
    # system's output was read and scored once at 6d7fa48: 5/9 found, one split, sources 0.5,
    # status 1.0, titles 1.0, three headlines with the gold's words.
    "kopdes-merah-putih-2025-06": (0.55, 1, 0.5, 0, 3),
    # The fresh gold of round one hundred and sixty-six (the government's food
    # self-sufficiency push in October 2025: Zulhas on the rice surplus and a survey, ID
    # Food's programmes, Amran's palm-oil threat, the salt-import stop planned for 2027, the
    # fertiliser price cut of 22 October; eight articles, two desks), written before the
    # system's output was read and scored once at a5cf278: 9/13 found, one split, two wrong
    # dates, sources 0.71, status 1.0, titles 0.89, seven headlines with the gold's words.
    "swasembada-pangan-2025-10": (0.69, 1, 0.7, 2, 7),
    # The fresh gold of round one-hundred-sixty-eight (the KPK's stings of 2025 as detik told
    # them: Ogan Komering Ulu, Medan, Kolaka Timur, Inhutani V; eight articles, one desk),
    # written before the system's output was read and scored once at 4b9cd30: 7/12 found, no
    # split, one wrong date, sources 0.65, every headline without a flaw, four of seven with
    # the gold's words.
    "kpk-ott-beruntun-2025-08": (0.58, 0, 0.65, 0, 4),
    # The fresh gold of round one-hundred-sixty-seven (an unlicensed sand pit's wall burying
    # two miners in Argasunya, Cirebon, on 18 June 2025; three articles, two outlets), written
    # before the system's output was read and scored once at 4b9cd30: 3/7 found, one split,
    # sources 0.45, four of six headlines without a flaw, one of three with the gold's words.
    "longsor-galian-argasunya-2025-06": (0.42, 1, 0.45, 2, 1),
    # The fresh gold of round one-hundred-sixty-nine (the finance ministry calling a cut video
    # of Sri Mulyani on teachers a deepfake, August 2025; three detik articles, one rewritten
    # twice), written before the system's output was read and scored once at 4b9cd30: 2/4
    # found, no split, sources 0.5, both headlines without a flaw, neither with the gold's
    # words.
    "sri-mulyani-guru-beban-negara-2025-08": (0.5, 0, 0.5, 0, 0),
    # The fresh gold of round one-hundred-seventy (Indonesia's women's U-19 team third at the
    # AFF Championship on 18 June 2025, on penalties against Myanmar; five articles, two
    # outlets), written before the system's output was read and scored once at 4b9cd30: 4/7
    # found, no split, one wrong date, sources 0.57, every headline without a flaw, two of
    # four with the gold's words.
    "timnas-putri-u19-aff-2025-06": (0.57, 0, 0.57, 0, 2),
    # The fresh gold of round one-hundred-seventy-one (a passenger's iPhone lost on Garuda's
    # flight GA-716 in June 2025, the crew suspended and the case taken to the police; five
    # articles, four outlets), written before the system's output was read and scored once
    # at 4b9cd30: 3/7 found, no split, one wrong date, sources 0.38, every headline without
    # a flaw, two of three with the gold's words.
    "garuda-iphone-hilang-2025-06": (0.42, 0, 0.38, 0, 2),
    # The fresh gold of round one-hundred-seventy-two (Danantara's Rosan Roeslani and
    # Krakatau Steel's chief at HIPMI's forum of 20 October 2025, and HIPMI's statement of
    # the day; five rows, one desk), written before the system's output was read and scored
    # once at 4b9cd30: 3/4 found, no split, sources 0.86, every headline without a flaw, two
    # of three with the gold's words.
    "danantara-hipmi-berdikari-2025-10": (0.75, 0, 0.85, 0, 2),
    # The fresh gold of round one-hundred-seventy-three (the SCTV Music Awards of 17 June 2025
    # and who won what; seven articles, two outlets), written before the system's output was
    # read and scored once at 37c2e63: 1/8 found (the night's winners are told as one
    # happening), no split, sources 0.4, both headlines without a flaw.
    "sctv-music-awards-2025-06": (0.12, 0, 0.4, 0, 1),
    # The fresh gold of round one-hundred-seventy-four (the argument over the new capital in
    # July and August 2025: NasDem's proposal, Gibran's replies, a legislator's criticism;
    # four articles, one outlet), written before the system's output was read and scored once
    # at 37c2e63: 5/5 found, no split, sources 1.0, six of seven headlines without a flaw,
    # none with the gold's words.
    "polemik-ikn-gibran-2025-08": (1.0, 0, 1.0, 1, 0),
    # The fresh gold of round one-hundred-seventy-five (Israeli fire on Palestinians waiting
    # for aid in Gaza, 17 to 20 June 2025; four articles, two outlets), written before the
    # system's output was read and scored once at 021528f: 4/14 found, one split, sources
    # 0.32, five of eight headlines without a flaw, one of four with the gold's words.
    "gaza-antre-bantuan-2025-06": (0.28, 1, 0.31, 3, 1),
    # The fresh gold of round one-hundred-seventy-six (the culture ministry's first year under
    # Fadli Zon, told on 21 October 2025; two articles, each crawled twice), written before
    # the system's output was read and scored once at 021528f: 7/13 found, no split, sources
    # 0.54, every headline without a flaw, three of seven with the gold's words.
    "kemenbud-setahun-fadli-zon-2025-10": (0.53, 0, 0.53, 0, 3),
    # The fresh gold of round one-hundred-seventy-seven (the Jakarta stock index below 7,000
    # on 19 and 20 June 2025, foreign selling and the analysts' reasons; fifteen articles,
    # five outlets), written before the system's output was read and scored once at 021528f:
    # 4/13 found, one split, five wrong dates, sources 0.23, nine of eleven headlines without
    # a flaw, three of four with the gold's words.
    "ihsg-jebol-7000-2025-06": (0.3, 1, 0.23, 2, 3),
    # The fresh gold of round one-hundred-seventy-eight (the KPK's inquiry into rubber
    # processing plants bought by the agriculture ministry; two articles, five rows, one desk),
    # written before the system's output was read and scored once at 021528f: 3/4 found, no
    # split, one wrong date, sources 0.77, every headline without a flaw, none with the gold's
    # words.
    "kpk-karet-kementan-2025-10": (0.75, 0, 0.76, 0, 0),
    # The fresh gold of round one-hundred-seventy-nine (Xpeng's prices for the G6 and X9
    # announced in Jakarta on 19 June 2025, and the X9 to be assembled in Purwakarta from July;
    # seven articles, three outlets), written before the system's output was read and scored
    # once at ddae925: 6/7 found, no split, sources 0.4, six of seven headlines without a
    # flaw, three of six with the gold's words.
    "xpeng-harga-g6-x9-2025-06": (0.85, 0, 0.4, 1, 3),
    # The fresh gold of round one-hundred-eighty (the transmigration ministry's Trans Tuntas
    # programme launched and 1,120 land certificates handed over on 18 June 2025, and what
    # five people said there; six articles, three outlets), written before the system's
    # output was read and scored once at ddae925: 3/7 found, one split, sources 0.32, every
    # headline without a flaw, one of three with the gold's words.
    "trans-tuntas-transmigrasi-2025-06": (0.42, 1, 0.31, 0, 1),
    # The fresh gold of round one-hundred-eighty-one (Habib Bahar bin Smith's sister and
    # brother attacked in Pamulang on 16 June 2025, two arrests the same day, the police's
    # account and the lawyer's words on the 18th; three articles, one outlet), written before
    # the system's output was read and scored once at ddae925: 4/6 found, no split, sources
    # 0.5, every headline without a flaw, one of four with the gold's words.
    "adik-bahar-smith-pamulang-2025-06": (0.66, 0, 0.5, 0, 1),
    # The fresh gold of round one-hundred-eighty-two (FIFA's Gold Award to PSSI and the
    # host country agreement for a FIFA hub in Jakarta, signed in Miami on 17 June 2025;
    # seven articles, four outlets), written before the system's output was read and scored
    # once at e002e32: 3/8 found, no split, one wrong date, sources 0.29, two events dated by
    # boilerplate, three of five headlines without a flaw, two of three with the gold's words.
    "fifa-pssi-miami-hca-2025-06": (0.37, 0, 0.29, 2, 2),
    # The fresh gold of round one-hundred-eighty-three (2,700 teenagers living with HIV, the
    # health ministry's figure, and what a researcher, the ministry and an epidemiologist said
    # of it in June 2025; seven articles, one outlet), written before the system's output was
    # read and scored once at e002e32: 3/5 found, no split, sources 0.4, every headline
    # without a flaw, two of three with the gold's words.
    "hiv-remaja-kemenkes-2025-06": (0.6, 0, 0.4, 0, 2),
    # The fresh gold of round one-hundred-eighty-four (a man stabbed to death in Palembang
    # over a debt of Rp 200 ribu on 17 October 2025, the arrest the next day and the police's
    # account; two articles, one desk), written before the system's output was read and
    # scored once at e002e32: 4/6 found, no split, one wrong date, sources 0.78, every
    # headline without a flaw, one of four with the gold's words.
    "pembunuhan-riky-palembang-2025-10": (0.66, 0, 0.77, 0, 1),
    # The fresh gold of round one-hundred-eighty-five (Chandra Daya Investasi's listing
    # announced with its prospectus on 19 June 2025, planned for July; six articles, two
    # outlets), written before the system's output was read and scored once at 2f47daa: 3/7
    # found, no split, sources 0.21, two of four headlines without a flaw, two of three with
    # the gold's words.
    "cdia-ipo-prajogo-2025-06": (0.42, 0, 0.21, 2, 2),
    # The fresh gold of round one-hundred-eighty-six (Trump Mobile and its T1 phone launched
    # on 16 June 2025, and the doubts that it is made in the US; six articles, three outlets),
    # written before the system's output was read and scored once at 2f47daa: 5/11 found, no
    # split, one wrong date, sources 0.42, one event dated by boilerplate, six of eight
    # headlines without a flaw, one of five with the gold's words.
    "trump-mobile-t1-2025-06": (0.45, 0, 0.42, 2, 1),
    # The fresh gold of round one-hundred-eighty-seven (a civil servant posing as a prosecutor
    # in Ogan Komering Ilir, arrested on 6 October 2025 and tried in December; two articles,
    # one desk), written before the system's output was read and scored once at 2f47daa: 3/10
    # found, no split, two wrong dates, sources 0.23, every headline without a flaw, two of
    # three with the gold's words.
    "jaksa-gadungan-oki-2025-10": (0.3, 0, 0.23, 0, 2),
    # The fresh gold of round one-hundred-ninety (Jaecoo's J8 AWD shown to the press at
    # Sentul on 16 June 2025, its price and local assembly told by three of its people; seven
    # articles, two outlets), written before the system's output was read and scored once at
    # ebda872: 4/7 found, no split, sources 0.35, four of five headlines without a flaw, none
    # of four with the gold's words.
    "jaecoo-j8-awd-2025-06": (0.57, 0, 0.35, 1, 0),
    # The fresh gold of round one-hundred-ninety-one (the plenary cabinet session of 20
    # October 2025 marking the government's first year, announced the day before; four
    # articles and a copy, one desk), written before the system's output was read and scored
    # once at ebda872: 6/10 found, one split, sources 0.70, eight of nine headlines without a
    # flaw, four of six with the gold's words.
    "sidang-kabinet-setahun-prabowo-2025-10": (0.6, 1, 0.7, 1, 4),
    # The fresh gold of round one-hundred-eighty-nine (four Anambas islands advertised for
    # sale, and the fisheries ministry's answer of 18 June 2025; seven articles, two outlets),
    # written before the system's output was read and scored once at ebda872: 2/5 found, no
    # split, sources 0.38, one event dated by boilerplate, three of four headlines without a
    # flaw, one of two with the gold's words.
    "pulau-anambas-dijual-2025-06": (0.4, 0, 0.38, 1, 1),
    # The fresh gold of round one-hundred-eighty-eight (the Constitutional Court's ruling of
    # 26 June 2025 that splits national and local elections, and the debate on the election
    # law that followed; thirteen articles, most of them columns, one outlet), written before
    # the system's output was read and scored once at ebda872: 7/10 found, one split, sources
    # 0.45, 47 of 56 headlines without a flaw, three of seven with the gold's words.
    "pemisahan-pemilu-mk-2025-06": (0.7, 1, 0.45, 9, 3),
    # The fresh gold of round one-hundred-ninety-three (Makassar's vote for its neighbourhood
    # heads, prepared with the city's election commission from 15 October 2025; two articles
    # and a copy, one desk), written before the system's output was read and scored once at
    # c8e201e: 3/6 found, no split, sources 0.46, every headline without a flaw, one of three
    # with the gold's words.
    "pemilihan-rt-rw-makassar-2025-10": (0.5, 0, 0.46, 0, 1),
    # The fresh gold of round one-hundred-ninety-four (Aaliyah Massaid's and Thariq
    # Halilintar's first son, born about 12 June 2025, and the week after; seven articles, two
    # outlets), written before the system's output was read and scored once at c8e201e: 2/7
    # found, no split, two wrong dates, sources 0.17, eight of nine headlines without a flaw,
    # two of two with the gold's words.
    "aaliyah-thariq-baby-arash-2025-06": (0.28, 0, 0.17, 1, 2),
    # The fresh gold of round one-hundred-ninety-five (the housing minister's agreement with
    # the KPK signed on 18 June 2025, and what he asked of it; four articles, two outlets),
    # written before the system's output was read and scored once at c8e201e: 3/7 found, no
    # split, sources 0.41, three of four headlines without a flaw, one of three with the
    # gold's words.
    "mou-pkp-kpk-maruarar-2025-06": (0.42, 0, 0.41, 1, 1),
    # The fresh gold of round one-hundred-ninety-eight (Group F of the Club World Cup: two
    # matches of 17 and 18 June 2025, the empty stands, the next two fixtures; five articles,
    # two outlets), written before the system's output was read and scored once at 7853f2d:
    # 4/6 found, one split, sources 0.53, every headline without a flaw, two of four with the
    # gold's words.
    "cwc-group-f-sundowns-2025-06": (0.66, 1, 0.53, 0, 2),
    # The fresh gold of round one-hundred-ninety-seven (Universitas Indonesia's new graduate
    # school launched on 22 October 2025, and the protests at the merger behind it; two
    # articles, one desk), written before the system's output was read and scored once at
    # 7853f2d: 2/8 found, no split, sources 0.33, one event dated by boilerplate, one of two
    # headlines without a flaw, one of two with the gold's words.
    "sppb-ui-merger-sil-sksg-2025-10": (0.25, 0, 0.33, 1, 1),
    # The fresh gold of round one-hundred-ninety-six (the police wives' organisation giving
    # aid in Sorong on 18 June 2025 and in Raja Ampat the day after; three articles, two
    # outlets), written before the system's output was read and scored once at 55cf946: 0/2
    # found, no split, no source, two events dated by boilerplate, two of three headlines
    # without a flaw.
    "bhayangkari-peduli-papua-barat-daya-2025-06": (0.0, 0, 0.0, 1, 0),
    # The fresh gold of round one-hundred-ninety-nine (Peru's protests, a rapper killed on 15
    # October 2025 and Lima's state of emergency; two articles, one desk), written before the
    # system's output was read and scored once at 19b0605: 5/9 found, one split, one wrong
    # date, sources 0.5, every headline without a flaw, three of five with the gold's words.
    "demo-peru-darurat-2025-10": (0.55, 1, 0.5, 0, 3),
    # The fresh gold of round two-hundred-one (Harita Nickel's shareholders' meeting and
    # public presentation of 18 June 2025, and its projects before; three articles, two
    # outlets), written before the system's output was read and scored once at 82f2297: 3/5
    # found, no split, sources 0.5, two of four headlines without a flaw, two of three with
    # the gold's words.
    "harita-nickel-rupst-2025-06": (0.6, 0, 0.5, 2, 2),
    # The fresh gold of round two-hundred (two naturalised national-team players let go by
    # their clubs, Jordi Amat on 17 June 2025 and Nathan Tjoe-A-On on the 18th; seven
    # articles, three outlets), written before the system's output was read and scored once
    # at 28a0805: 5/6 found, one split, sources 0.42, one event dated by boilerplate, 14 of 17
    # headlines without a flaw, four of five with the gold's words.
    "nathan-jordi-dilepas-klub-2025-06": (0.83, 1, 0.42, 3, 4),
    # The fresh gold of round two-hundred-four (a driver with a Lalamove sticker who pointed a
    # gun at a motorist on the Cipularang toll road on 7 June 2025, named on the 9th and
    # arrested by the 11th; four articles, one desk), written before the system's output was
    # read and scored once at cebe204: 1/6 found, no split, sources 0.07, one event dated by
    # boilerplate, every headline without a flaw, none of one with the gold's words.
    "sopir-lalamove-todong-pistol-cipularang-2025-06": (0.16, 0, 0.07, 0, 0),
    # The fresh gold of round two-hundred-two (the amended tourism law, aimed for the recess
    # of 2 October 2025 and passed, and two members of parliament on it; two articles, one
    # desk), written before the system's output was read and scored once at 40c7c6b: 2/4
    # found, no split, one wrong date, sources 0.4, every headline without a flaw, none of two
    # with the gold's words.
    "revisi-uu-kepariwisataan-2025-10": (0.5, 0, 0.4, 0, 0),
    # The fresh gold of round two-hundred-three (the Olympic committee's meeting of 16 June
    # 2025 with five new sports federations, and the extraordinary members' meeting planned
    # for 15 July; four articles, four outlets), written before the system's output was read
    # and scored once at 91ef3e8: 8/11 found, one split, one wrong date, sources 0.52, two
    # events dated by boilerplate, ten of twelve headlines without a flaw, four of eight with
    # the gold's words.
    "koi-ralb-cabor-baru-perbati-2025-06": (0.72, 1, 0.52, 2, 4),
    # The fresh gold of round two-hundred-six (the KPK on corruption at four state firms,
    # 20 and 21 October 2025, with the searches, detentions and seizures before; four
    # articles stored nine times, one desk), written before the system's output was read and
    # scored once at 115af50: 10/10 found, no split, sources 1.0, eleven of fourteen headlines
    # without a flaw, four of ten with the gold's words.
    "kpk-korupsi-bumn-2025-10": (1.0, 0, 1.0, 3, 4),
    # The fresh gold of round two-hundred-five (the FA's doping charge against Mykhailo
    # Mudryk, about 18 June 2025, and what came before and after; six articles, two outlets),
    # written before the system's output was read and scored once at 115af50: 1/7 found, no
    # split, one wrong date, sources 0.06, two of four headlines without a flaw, one of one
    # with the gold's words.
    "mudryk-doping-fa-2025-06": (0.14, 0, 0.06, 2, 1),
    # The fresh gold of round two-hundred-eight (two KPK officials at the KPK building on 21
    # October 2025, on mining permits and several cases, and the earlier days they date; nine
    # articles stored fifteen times, one desk), written before the system's output was read
    # and scored once at b78d2df: 6/8 found, no split, sources 0.91, every headline without a
    # flaw, two of six with the gold's words.
    "kpk-keterangan-21-oktober-2025-10": (0.75, 0, 0.91, 0, 2),
    # The fresh gold of round two-hundred-seven (TVS's iQube S electric scooter launched in
    # Jakarta on 17 June 2025 at a lower price; five articles, three outlets), written before
    # the system's output was read and scored once at b78d2df: 6/7 found, one split, one wrong
    # date, sources 0.6, every headline without a flaw, four of six with the gold's words.
    "tvs-iqube-s-2025-06": (0.85, 1, 0.6, 0, 4),
    # The fresh gold of round two-hundred-ten (the environment minister at a clean-up in Bogor
    # on 17 October 2025, and what the deputy mayor and the council chair said there; three
    # articles, one desk), written before the system's output was read and scored once at
    # 77da44b: 2/5 found, no split, one wrong date, sources 0.5, one event dated by
    # boilerplate, two of three headlines without a flaw, none of two with the gold's words.
    "menteri-lh-aksi-bersih-bogor-2025-10": (0.4, 0, 0.5, 1, 0),
    # The fresh gold of round two-hundred-nine (Rachmat Irianto back at Persebaya, announced
    # on the club's anniversary of 18 June 2025, and his career before; four articles, two
    # outlets), written before the system's output was read and scored once at 77da44b: 5/7
    # found, one split, two wrong dates, sources 0.35, two events dated by boilerplate, eight
    # of ten headlines without a flaw, three of five with the gold's words.
    "rachmat-irianto-persebaya-2025-06": (0.71, 1, 0.35, 2, 3),
    # The fresh gold of round two-hundred-twelve (Venna Melinda on her son Verrell Bramasta's
    # weight, at Trans7 on 12 September 2025; one article and its re-run by another desk),
    # written before the system's output was read and scored once at 4b4627a: 0/2 found, one
    # wrong date (what she saw "kemarin" is dated by the day she said it), sources 0, the one
    # headline without a flaw.
    "verrell-bramasta-kurus-2025-09": (0.0, 0, 0.0, 0, 0),
    # The fresh gold of round two-hundred-eleven (four suspects named and three detained on 12
    # June 2025 over the Bandung scouts' grant, and what was said the day after; three
    # articles, one outlet), written before the system's output was read and scored once at
    # fde4011: 4/7 found, no split, sources 0.4, five of thirteen headlines without a flaw,
    # two of four with the gold's words.
    "hibah-pramuka-bandung-2025-06": (0.57, 0, 0.4, 8, 2),
    # The fresh gold of round two-hundred-thirteen (the broken roads of Parung Panjang: two
    # governors at a regional forum on 17 June 2025, the regent on the repair, a resident's
    # complaint; three articles, three outlets), written before the system's output was read
    # and scored once at 5880721: 4/6 found, no split, one wrong date, sources 0.66, every
    # headline without a flaw, two of four with the gold's words.
    "jalan-rusak-parung-panjang-2025-06": (0.66, 0, 0.66, 0, 2),
    # The fresh gold of round two-hundred-fourteen (the stock exchange studying longer trading
    # hours and smaller lots, told by its directors on 18 to 20 June 2025; seven articles,
    # three outlets), written before the system's output was read and scored once at
    # 3432457: 3/6 found, no split, two wrong dates, sources 0.37, six of seven headlines
    # without a flaw, two of three with the gold's words.
    "bei-jam-perdagangan-lot-2025-06": (0.5, 0, 0.37, 1, 2),
    # The fresh gold of round two-hundred-fifteen (the traffic police's digital services: a
    # press conference in Jakarta and a visit to Sidoarjo on 20 October 2025, an analyst's
    # praise, the year before; three articles, one desk), written before the system's output
    # was read and scored once at 8947c8e: 4/6 found, no split, sources 0.66, six of seven
    # headlines without a flaw, one of four with the gold's words.
    "korlantas-revitalisasi-digital-2025-10": (0.66, 0, 0.66, 1, 1),
    # The fresh gold of round two-hundred-sixteen (Trump's third order putting off the TikTok
    # ban, signed on 19 June 2025, and the deadlines before it; three articles, three
    # outlets), written before the system's output was read and scored once at 8947c8e: 7/9
    # found, one split, one wrong date, sources 0.61, one event dated by boilerplate, six of
    # nine headlines without a flaw, three of seven with the gold's words.
    "tiktok-trump-tunda-blokir-2025-06": (0.77, 1, 0.61, 3, 3),
    # The fresh gold of round two-hundred-eighteen (East Java's second vehicle-tax amnesty of
    # October 2025 and the surcharge and waiver around it; three articles, one desk), written
    # before the system's output was read and scored once at f961075: 1/5 found, no split,
    # sources 0.25, the one headline without a flaw, none of one with the gold's words.
    "pemutihan-pajak-kendaraan-jatim-2025-10": (0.2, 0, 0.25, 0, 0),
    # The fresh gold of round two-hundred-seventeen (Liverpool's transfers reported on 17 to
    # 20 June 2025: Wirtz, Kerkez, Frimpong and others; ten articles, two outlets), written
    # before the system's output was read and scored once at f961075: 3/10 found, no split,
    # two wrong dates, sources 0.2, eleven of thirteen headlines without a flaw, three of
    # three with the gold's words.
    "liverpool-bursa-transfer-2025-06": (0.3, 0, 0.2, 2, 3),
    # The fresh gold of round two-hundred-nineteen (the environment minister's findings at the
    # IMIP nickel park on 19 June 2025, the park's reply, and its permits of 2020 and 2023;
    # two articles, two outlets), written before the system's output was read and scored once
    # at 3ef6bf6: 4/4 found, no split, sources 0.62, three of four headlines without a flaw,
    # one of four with the gold's words.
    "imip-amdal-klh-2025-06": (1.0, 0, 0.62, 1, 1),
    # The fresh gold of round two-hundred-twenty (97 Indonesians who fled a scam company in
    # Cambodia, held by the police, and the embassy's statement of 19 October 2025; two
    # articles, two desks), written before the system's output was read and scored once at
    # 3ef6bf6: 2/7 found, no split, sources 0.28, both headlines without a flaw, one of two
    # with the gold's words.
    "wni-kabur-scam-kamboja-2025-10": (0.28, 0, 0.28, 0, 1),
    # The fresh gold of round two-hundred-twenty-two (a neighbour's police report against a
    # former lecturer in Malang on 18 September 2025, and what she and her lawyer said; three
    # articles, one desk), written before the system's output was read and scored once at
    # a3e71f6: 1/3 found, no split, sources 0.33, one of two headlines without a flaw, one of
    # one with the gold's words.
    "dosen-uin-malang-dilaporkan-2025-09": (0.33, 0, 0.33, 1, 1),
    # The fresh gold of round two-hundred-twenty-one (Barcelona's transfers reported on 17 to
    # 20 June 2025: Joan Garcia signed, Nico Williams pursued, LaLiga's warning; nine
    # articles, three outlets), written before the system's output was read and scored once
    # at a3e71f6: 4/13 found, one split, two wrong dates, sources 0.2, five of seven
    # headlines without a flaw, one of four with the gold's words.
    "barcelona-bursa-transfer-2025-06": (0.3, 1, 0.2, 2, 1),
    # The fresh gold of round two-hundred-twenty-three (Nikita Mirzani's suit against Reza
    # Gladys: the mediation put off on 19 June 2025, both lawyers' words, the hearings to come;
    # three articles, two outlets), written before the system's output was read and scored
    # once at 1d6fbaa: 3/5 found, no split, two wrong dates, sources 0.5, four of five
    # headlines without a flaw, one of three with the gold's words.
    "nikita-reza-gladys-wanprestasi-2025-06": (0.6, 0, 0.5, 1, 1),
    # The fresh gold of round two-hundred-twenty-four (a student found dead in her room in
    # Bandar Lampung on 19 June 2025, and what the police said the day after; three articles,
    # two outlets), written before the system's output was read and scored once at 11136af:
    # 2/5 found, no split, sources 0.33, every headline without a flaw, one of two with the
    # gold's words.
    "mahasiswi-tewas-kos-bandar-lampung-2025-06": (0.4, 0, 0.33, 0, 1),
    # The fresh gold of round two-hundred-twenty-five (the Fed holding its rate on 18 June
    # 2025, and the markets, the rupiah and Trump after it; ten articles, three outlets),
    # written before the system's output was read and scored once at 86d16fd: 7/18 found, no
    # split, four wrong dates, sources 0.36, one event dated by boilerplate, eighteen of
    # twenty-one headlines without a flaw, four of seven with the gold's words.
    "the-fed-tahan-suku-bunga-2025-06": (0.38, 0, 0.36, 3, 4),
    # The fresh gold of round two-hundred-twenty-six (Jakarta's governor on public transport,
    # 12 to 20 June 2025: civil servants' Wednesdays, parking fees, JakLingko drivers, new
    # routes; eleven articles, four outlets), written before the system's output was read and
    # scored once at dd00026: 10/13 found, no split, one wrong date, sources 0.6, fifteen of
    # seventeen headlines without a flaw, two of ten with the gold's words.
    "transportasi-umum-pramono-2025-06": (0.76, 0, 0.6, 2, 2),
    # The fresh gold of round two-hundred-twenty-seven (an influencer sentenced in Denpasar on
    # 14 October 2025 for promoting a gambling site, and what she did after; two articles, two
    # desks), written before the system's output was read and scored once at 87eba1b: 0/4
    # found, sources 0, one of two headlines without a flaw.
    "vienna-varella-vonis-judol-2025-10": (0.0, 0, 0.0, 1, 0),
    # The fresh gold of round two-hundred-twenty-eight (the AFC's announcement on 18 June 2025
    # of the draw for the fourth round of World Cup qualifying, the draw of 17 July and the
    # matches of October; six articles, three outlets), written before the system's output
    # was read and scored once at 52c8455: 4/5 found, one split, one wrong date, sources
    # 0.57, eight of twelve headlines without a flaw, three of four with the gold's words.
    "drawing-ronde-4-kualifikasi-piala-dunia-2025-06": (0.8, 1, 0.57, 4, 3),
    # The fresh gold of round two-hundred-twenty-nine (GoTo's buyback ended and its
    # shareholders' meeting of 18 June 2025: the shares for its staff, a new buyback, new
    # directors; three articles, two outlets), written before the system's output was read
    # and scored once at 7bc7ca9: 4/10 found, no split, sources 0.23, every headline without
    # a flaw, three of four with the gold's words.
    "goto-rups-buyback-direksi-2025-06": (0.4, 0, 0.23, 0, 3),
    # The fresh gold of round two-hundred-thirty (the United States and Australia signing a
    # critical-minerals pact on 20 October 2025, and what was said and planned; two articles,
    # two desks), written before the system's output was read and scored once at 7bc7ca9: 5/9
    # found, no split, one wrong date, sources 0.5, one event dated by boilerplate, four of
    # six headlines without a flaw, two of five with the gold's words.
    "pakta-mineral-as-australia-2025-10": (0.55, 0, 0.5, 2, 2),
    # The fresh gold of round two-hundred-thirty-two (VinFast's VF6 launched in Jakarta on 17
    # June 2025, free charging, the end of battery subscriptions, the plant's target; six
    # articles, one outlet), written before the system's output was read and scored once at
    # 1e24d81: 5/11 found, no split, one wrong date, sources 0.31, three of six headlines
    # without a flaw, three of five with the gold's words.
    "vinfast-vf6-peluncuran-2025-06": (0.45, 0, 0.31, 3, 3),
    # The fresh gold of round two-hundred-thirty-one (Pelita Air's 2024 results released on 19
    # June 2025, its rating, routes and aircraft, an analyst's praise; five articles, four
    # outlets), written before the system's output was read and scored once at bd96b55: 3/5
    # found, no split, one wrong date, sources 0.53, every headline without a flaw, two of
    # three with the gold's words.
    "pelita-air-kinerja-2024-2025-06": (0.6, 0, 0.53, 0, 2),
    # The fresh gold of round two-hundred-thirty-three (BYD's M6 a year on, marked at Lido on
    # 15 June 2025, what its directors said, the car show to come; eleven articles, two
    # outlets), written before the system's output was read and scored once at 12414a4: 9/13
    # found, no split, four wrong dates, sources 0.41, every headline without a flaw, four of
    # nine with the gold's words.
    "byd-m6-setahun-2025-06": (0.69, 0, 0.41, 0, 4),
    # The fresh gold of round two-hundred-thirty-four (the Israel-Iran war on 18 to 20 June
    # 2025: the missile on Soroka hospital, the strike on Arak, what Katz and Netanyahu said;
    # fifteen articles, two outlets), written before the system's output was read and scored
    # once at 48a62d9: 13/22 found, one split, three wrong dates, sources 0.45, one event
    # dated by boilerplate, twenty-one of twenty-three headlines without a flaw, four of
    # thirteen with the gold's words.
    "israel-iran-soroka-arak-2025-06": (0.59, 1, 0.45, 2, 4),
    # The fresh gold of round two-hundred-thirty-five (Club World Cup Groups C and D: the first
    # matches, the players' and coaches' words, the second matches to come; twelve articles,
    # three outlets), written before the system's output was read and scored once at
    # 7c7b918: 7/14 found, no split, sources 0.4, every headline without a flaw, four of
    # seven with the gold's words.
    "cwc-grup-c-d-2025-06": (0.5, 0, 0.4, 0, 4),
    # The fresh gold of round two-hundred-thirty-six (Lombok Timur's regent driving surf boats
    # out of Teluk Ekas on 17 June 2025, and what was said the day after; three articles, one
    # outlet), written before the system's output was read and scored once at f109f65: 4/5
    # found, no split, sources 0.57, four of six headlines without a flaw, one of four with
    # the gold's words.
    "bupati-lotim-usir-kapal-teluk-ekas-2025-06": (0.8, 0, 0.57, 2, 1),
    # The fresh gold of round two-hundred-thirty-eight (illegal levies on tourists: Padang's
    # tourism office freezing the Air Manis group on 16 June 2025, and four other cases of the
    # year; three articles, one outlet), written before the system's output was read and
    # scored once at d831c23: 6/9 found, no split, one wrong date, sources 0.5, eight of nine
    # headlines without a flaw, one of six with the gold's words.
    "pungli-wisata-air-manis-2025-06": (0.66, 0, 0.5, 1, 1),
    # The fresh gold of round two-hundred-thirty-seven (IMD's competitiveness ranking of June
    # 2025, Indonesia 27th to 40th, its director's words of the 18th, the years before; five
    # articles, three outlets), written before the system's output was read and scored once
    # at 551ff11: 5/5 found, no split, sources 0.88, one event dated by boilerplate, every
    # headline without a flaw, three of five with the gold's words.
    "daya-saing-imd-wcr-2025-06": (1.0, 0, 0.88, 0, 3),
    # The fresh gold of round two-hundred-forty (a bridge in Medan closed for repair from 19
    # October to 8 December 2025, announced the day before; two articles, one desk), written
    # before the system's output was read and scored once at e982dba: 1/3 found, one split,
    # one wrong date, sources 0.33, both headlines without a flaw, none of one with the
    # gold's words.
    "jembatan-jalan-kejaksaan-medan-2025-10": (0.33, 1, 0.33, 0, 0),
    # The fresh gold of round two-hundred-thirty-nine (a national billiards tournament in
    # Bandung, opened on 16 June 2025 and won on the 18th, and what was said; three articles,
    # one outlet), written before the system's output was read and scored once at a399e95:
    # 2/5 found, no split, one wrong date, sources 0.42, one event dated by boilerplate,
    # every headline without a flaw, one of two with the gold's words.
    "pobsi-pool-circuit-bandung-2025-06": (0.4, 0, 0.42, 0, 1),
    # The fresh gold of round two-hundred-forty-two (the first mosquitoes found in Iceland,
    # seen on 16 October 2025 and identified after; two articles, two desks), written before
    # the system's output was read and scored once at a262e35: 2/5 found, no split, sources
    # 0.33, both headlines without a flaw, one of two with the gold's words.
    "nyamuk-islandia-2025-10": (0.4, 0, 0.33, 0, 1),
    # The fresh gold of round two-hundred-forty-one (the POCO F7: a leak, the announcement
    # for Indonesia, the chip revealed, the launches of 24 and 25 June 2025; four articles,
    # two outlets), written before the system's output was read and scored once at a262e35:
    # 3/6 found, no split, sources 0.55, three of four headlines without a flaw, two of three
    # with the gold's words.
    "poco-f7-peluncuran-2025-06": (0.5, 0, 0.55, 1, 2),
    # The fresh gold of round two-hundred-forty-six (Magang Berdampak 2025: the internship
    # programme's registration, its dates of selection, start and end; three articles, two
    # outlets), written from the articles alone; the system's output was read and scored once
    # at 16278cd: 6/7 found, no split, sources 0.83, all six headlines without a flaw and with
    # the gold's words.
    "magang-berdampak-2025-06": (0.85, 0, 0.83, 0, 6),
    # The fresh gold of round two-hundred-forty-four (flights cancelled after the Lewotobi
    # Laki-laki eruption of 17 June 2025: airlines, airports, tourists leaving Labuan Bajo,
    # stay permits; fifteen articles, three outlets), written from the articles alone; the
    # system's output was read and scored once at 16278cd: 8/15 found, no split, sources 0.5,
    # all twelve headlines without a flaw, one of eight with the gold's words.
    "penerbangan-batal-erupsi-lewotobi-2025-06": (0.53, 0, 0.5, 0, 1),
    # The fresh gold of round two-hundred-forty-five (an illegal casino raided in Bandung on 17
    # June 2025, 44 named suspects; three articles, two outlets), written from the articles
    # alone; the system's output was read and scored once at 16278cd: 1/3 found, one split,
    # one wrong date, sources 0.5, all three headlines without a flaw, one of one with the
    # gold's words.
    "kasino-ilegal-bandung-2025-06": (0.33, 1, 0.5, 0, 1),
    # The fresh gold of round two-hundred-forty-three (BPOM's warnings of herbal medicines with
    # pharmaceutical chemicals in June 2025; four articles, one outlet), written from the
    # articles alone; the system's output was read and scored once at 16278cd: 1/5 found, no
    # split, sources 0.2, both headlines without a flaw, none of one with the gold's words,
    # and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "bpom-obat-herbal-bko-2025-06": (0.2, 0, 0.2, 0, 0),
    # The fresh gold of round two-hundred-forty-nine (disabled athletes of NPCI Bekasi say they
    # were driven from their mess on 11 June 2025, the committee denies it, a DPR member asks
    # Komnas Disabilitas to look; three articles, one outlet), written from the articles
    # alone; the system's output was read and scored once at 16278cd: 4/6 found, one split,
    # sources 0.5, five of nine headlines without a flaw, one of four with the gold's words,
    # and two events dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "npci-bekasi-atlet-disabilitas-2025-06": (0.66, 1, 0.5, 4, 1),
    # The fresh gold of round two-hundred-forty-eight (Liga 1 clubs' new coaches and signings
    # before the 2025-26 season; nine articles, three outlets), written from the articles
    # alone; the system's output was read and scored once at 16278cd: 9/12 found, one split,
    # one wrong date, sources 0.62, twenty of twenty-two headlines without a flaw, seven of
    # nine with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "liga1-pelatih-baru-pramusim-2025-06": (0.75, 1, 0.62, 2, 7),
    # The fresh gold of round two-hundred-forty-seven (Pertamina NRE buys a fifth of Citicore
    # Renewable Energy on 19 June 2025, the comments on the deal, a solar-panel factory
    # announced; three articles, two outlets), written from the articles alone; the system's
    # output was read and scored once at 380035b: 4/9 found, no split, one wrong date,
    # sources 0.36, six of seven headlines without a flaw, one of four with the gold's words,
    # and one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "pertamina-nre-citicore-2025-06": (0.44, 0, 0.36, 1, 1),
    # The fresh gold of round two-hundred-fifty (Russia on the Israel-Iran war, 18 to 20 June
    # 2025: Putin to the news agencies, Trump's answer, Ryabkov's warning, Putin and Xi; seven
    # articles, two outlets), written from the articles alone; the system's output was read
    # and scored once at 04abf34: 5/11 found, one split, two wrong dates, sources 0.38, ten of
    # thirteen headlines without a flaw, two of five with the gold's words, and two events
    # dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "rusia-sikap-perang-iran-israel-2025-06": (0.45, 1, 0.38, 3, 2),
    # The fresh gold of round two-hundred-fifty-one (Anggun and Agnez Mo in Reacher's fourth
    # season: Anggun's statements of 15 and 19 June 2025, her training, a shoot in
    # Philadelphia; four articles, three outlets), written from the articles alone; the
    # system's output was read and scored once at de89f9e: 4/7 found, no split, sources 0.4,
    # three of four headlines without a flaw, one of four with the gold's words.
    "reacher-anggun-agnez-2025-06": (0.57, 0, 0.4, 1, 1),
    # The fresh gold of round two-hundred-fifty-two (the Skytrax World Airline Awards of 17
    # June 2025: Qatar Airways first, Garuda Indonesia 46th; three articles, two outlets),
    # written from the articles alone; the system's output was read and scored once at
    # 33a644b: 4/7 found, no split, sources 0.42, five of seven headlines without a flaw, one
    # of four with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "skytrax-maskapai-terbaik-2025-06": (0.57, 0, 0.42, 2, 1),
    # The fresh gold of round two-hundred-fifty-three (the social affairs ministry's response
    # to the Lewotobi eruption on 18 June 2025: aid, kitchens, logistics, crews; five
    # articles, one outlet), written from the articles alone; the system's output was read
    # and scored once at 33a644b: 5/12 found, no split, sources 0.35, all six headlines
    # without a flaw, two of five with the gold's words.
    "kemensos-bantuan-lewotobi-2025-06": (0.41, 0, 0.35, 0, 2),
    # The fresh gold of round two-hundred-fifty-four (PDIP Bali's regional and branch
    # conferences in Badung on 18 October 2025: the opening, Djarot's words, the branch
    # leaders sworn in; two articles, one outlet), written from the articles alone; the
    # system's output was read and scored once at 983f803: 3/5 found, no split, sources 0.42,
    # all three headlines without a flaw, one of three with the gold's words.
    "konferda-pdip-bali-2025-10": (0.6, 0, 0.42, 0, 1),
    # The fresh gold of round two-hundred-fifty-five (a treasurer's testimony of money paid
    # to two former public works heads, at the Medan corruption court on 15 October 2025;
    # one article stored twice), written from the articles alone; the system's output was
    # read and scored once at 983f803: 0/5 found, no split, sources 0, two of three headlines
    # without a flaw.
    "aliran-dana-pupr-madina-elpi-2025-10": (0.0, 0, 0.0, 1, 0),
    # The fresh gold of round two-hundred-fifty-six (the UPI rector's oath of 16 June 2025,
    # part of it in English, and the protests after it; two articles, one outlet), written
    # from the articles alone; the system's output was read and scored once at 983f803: 1/4
    # found, no split, one wrong date, sources 0.16, three of four headlines without a flaw.
    "sumpah-rektor-upi-2025-06": (0.25, 0, 0.16, 1, 0),
    # The fresh gold of round two-hundred-fifty-seven (seven debt collectors stopped in Depok
    # on 18 June 2025, two with airguns, and the police's statements after it; two articles,
    # two outlets), written from the articles alone; the system's output was read and scored
    # once at 983f803: 4/4 found, no split, sources 1.0, four of five headlines without a
    # flaw, two of four with the gold's words.
    "debt-collector-airgun-depok-2025-06": (1.0, 0, 1.0, 1, 2),
    # The fresh gold of round two-hundred-fifty-eight (the immigration and corrections
    # ministry's revenue announced on 20 October 2025, its first year; two articles, each
    # stored twice), written from the articles alone; the system's output was read and
    # scored once at 983f803: 2/4 found, no split, sources 0.5, both headlines without a
    # flaw, one of two with the gold's words.
    "pnbp-imigrasi-imipas-2025-10": (0.5, 0, 0.5, 0, 1),
    # The fresh gold of round two-hundred-fifty-nine (BRI's new rules for its Prioritas
    # customers, announced on 18 June 2025: Rp1 miliar from 1 August, a deadline of 30
    # September, status changed from 1 October; four articles, three outlets), written from
    # the articles alone; the system's output was read and scored once at 983f803: 3/4 found,
    # one split, one wrong date, sources 0.64, four of five headlines without a flaw, one of
    # three with the gold's words.
    "bri-prioritas-syarat-baru-2025-06": (0.75, 1, 0.64, 1, 1),
    # The fresh gold of round two-hundred-sixty (a mosque caretaker's theft of the mosque's
    # cash in Depok on 13 June 2025, his arrest and the police's press conference; two
    # articles, two outlets), written from the articles alone; the system's output was read
    # and scored once at 983f803: 2/5 found, no split, sources 0.2, all four headlines without
    # a flaw, one of two with the gold's words.
    "marbot-depok-curi-kas-masjid-2025-06": (0.4, 0, 0.2, 0, 1),
    # The fresh gold of round two-hundred-sixty-one (BPS moving its export-import release,
    # announced on 15 May 2025, and Airlangga's words on it; two articles, one outlet),
    # written from the articles alone; the system's output was read and scored once at
    # 983f803: 2/3 found, no split, sources 0.6, one of two headlines without a flaw, both
    # with the gold's words.
    "bps-rilis-ekspor-impor-2025-05": (0.66, 0, 0.6, 1, 2),
    # The fresh gold of round two-hundred-sixty-two (Ju Haknyeon removed from THE BOYZ on 18
    # June 2025, the report of his meeting in Tokyo, his letter; three articles, two outlets),
    # written from the articles alone; the system's output was read and scored once at
    # 693e98c: 2/5 found, one split, sources 0.5, three of four headlines without a flaw, and
    # one event dated by boilerplate (pinned in BOILERPLATE_CEILINGS).
    "ju-haknyeon-the-boyz-2025-06": (0.4, 1, 0.5, 1, 0),
    # The fresh gold of round two-hundred-sixty-three (nail traps found in Bromo's sand sea on
    # 9 June 2025, a jeep's flat tyre, the police's words of the 11th; three articles, one
    # outlet), written from the articles alone; the system's output was read and scored once
    # at 693e98c: 1/7 found, no split, two wrong dates, sources 0.07, both headlines without
    # a flaw.
    "ranjau-paku-bromo-2025-06": (0.14, 0, 0.07, 0, 0),
    # The fresh gold of round two-hundred-sixty-four (a former director of Majalengka's
    # regional company named a suspect on 9 October 2025 and detained on the 20th; one
    # article stored twice), written from the articles alone; the system's output was read
    # and scored once at 693e98c: 5/7 found, no split, two wrong dates, sources 0.71, all
    # five headlines without a flaw, four of five with the gold's words.
    "korupsi-bumd-majalengka-2025-10": (0.71, 0, 0.71, 0, 4),
    # The fresh gold of round two-hundred-sixty-five (stalls torn down in Kampung Gabus,
    # Bekasi, on 18 June 2025, and the governor's visit of the 20th; two articles, one
    # outlet), written from the articles alone; the system's output was read and scored once
    # at 693e98c: 2/4 found, no split, sources 0.5, both headlines without a flaw, one of two
    # with the gold's words.
    "kampung-gabus-dedi-mulyadi-2025-06": (0.5, 0, 0.5, 0, 1),
    # The fresh gold of round two-hundred-sixty-six (Bekasi's education office sealing Al
    # Kareem Islamic School on 18 June 2025, and the foundation's lawyer's words; two
    # articles, two outlets), written from the articles alone; the system's output was read
    # and scored once at 03f5929: 1/2 found, no split, one wrong date, sources 0.33, all
    # three headlines without a flaw.
    "segel-al-kareem-bekasi-2025-06": (0.5, 0, 0.33, 0, 0),
    # The fresh gold of round two-hundred-sixty-seven (Suga's military service ending on 21
    # June 2025 and the report of BTS's comeback in March 2026; three articles, three
    # outlets), written from the articles alone; the system's output was read and scored
    # once at 03f5929: 2/6 found, two splits, one wrong date, sources 0.41, all four
    # headlines without a flaw, one of two with the gold's words.
    "suga-bts-wamil-comeback-2025-06": (0.33, 2, 0.41, 0, 1),
    # The fresh gold of round two-hundred-sixty-eight (a repeat offender's theft of a
    # motorbike in Mataram on 10 October 2025, his arrest on the 17th, the police's account
    # of the 18th; one article stored twice), written from the articles alone; the system's
    # output was read and scored once at 03f5929: 3/5 found, no split, sources 0.6, three of
    # four headlines without a flaw, two of three with the gold's words.
    "residivis-curanmor-mataram-ditembak-2025-10": (0.6, 0, 0.6, 1, 2),
    # The fresh gold of round two-hundred-sixty-nine (the designer Hengki Kawilarang's death
    # on 20 June 2025, his family's post, Syahrini's condolences; five articles, three
    # outlets), written from the articles alone; the system's output was read and scored
    # once at e10cef7: 1/4 found, no split, sources 0.41, two of five headlines without a
    # flaw, one of one with the gold's words, and one event dated by boilerplate (pinned in
    # BOILERPLATE_CEILINGS).
    "hengki-kawilarang-meninggal-2025-06": (0.25, 0, 0.41, 3, 1),
    # The fresh gold of round two-hundred-seventy (prosecutors searching Sleman's
    # communications office on 24 July 2025, the warrants before it, the regent's words; one
    # article), written from the articles alone; the system's output was read and scored
    # once at e10cef7: 5/6 found, no split, one wrong date, sources 0.83, seven of eight
    # headlines without a flaw, three of five with the gold's words.
    "geledah-diskominfo-sleman-2025-07": (0.83, 0, 0.83, 1, 3),
    # The fresh gold of round two-hundred-seventy-one (the tobacco industry, farmers and
    # unions against new tobacco rules, 17 to 19 June 2025; five articles, three outlets),
    # written from the articles alone; the system's output was read and scored once at
    # e10cef7: 4/7 found, no split, sources 0.55, all five headlines without a flaw, two of
    # four with the gold's words.
    "industri-tembakau-tolak-regulasi-2025-06": (0.57, 0, 0.55, 0, 2),
    # The fresh gold of round two-hundred-seventy-two (clean-water points in Sragen opened on
    # 17 June 2025 by Pertamina and Seruni, and the words said there; two articles, two
    # outlets), written from the articles alone; the system's output was read and scored
    # once at 06129fc: 2/5 found, no split, sources 0.33, both headlines without a flaw, one
    # of two with the gold's words.
    "air-bersih-pertamina-seruni-sragen-2025-06": (0.4, 0, 0.33, 0, 1),
    # The fresh gold of round two-hundred-seventy-three (Iran shooting down Israeli Hermes
    # drones on 17 and 18 June 2025, the footage, the IDF's confirmation; two articles, two
    # outlets), written from the articles alone; the system's output was read and scored
    # once at 06129fc: 3/5 found, no split, sources 0.5, two of three headlines without a
    # flaw, one of three with the gold's words.
    "iran-tembak-drone-hermes-2025-06": (0.6, 0, 0.5, 1, 1),
    # The fresh gold of round two-hundred-seventy-four (a second trial of stop-free toll
    # payment announced on 20 October 2025, the first on Bali's toll road; one article
    # stored twice), written from the articles alone; the system's output was read and
    # scored once at 06129fc: 3/5 found, no split, one wrong date, sources 0.6, all three
    # headlines without a flaw, one of three with the gold's words.
    "mlff-tol-uji-coba-2025-10": (0.6, 0, 0.6, 0, 1),
}


#: Events dated from boilerplate that are still made, per gold (the target is none).
BOILERPLATE_CEILINGS: dict[str, int] = {
    # Pinned at its first score: a round-up's line on another story, "dikutip Tekno
    # Liputan6.com, Rabu (18/6/2025)", is dated by when it was quoted.
    "trump-mobile-t1-2025-06": 1,
    # Pinned at its first score: a TV programme's line, "Saksikan pembahasan lengkapnya di
    # program detikPagi edisi Kamis (19/06/2025)", is dated by the edition.
    "pulau-anambas-dijual-2025-06": 1,
    # Pinned at its first score: the launch is dated by its other sources too, but one cites
    # UI's post "dikutip Rabu (22/10/2025)", the day it was quoted.
    "sppb-ui-merger-sil-sksg-2025-10": 1,
    # Pinned at its first score: the same statement of aid is dated by "seperti dikutip, Kamis
    # (19/6/2025)" in one outlet and by "ujar Ny. Juliati Sigit Prabowo, Jumat (20/6)", the
    # day a release was sent, in the other.
    "bhayangkari-peduli-papua-barat-daya-2025-06": 2,
    # Pinned at its first score: Swansea's statement is dated by when an outlet quoted it,
    # "tulis Swansea City dalam laman resminya, Kamis (19/6/2025)".
    "nathan-jordi-dilepas-klub-2025-06": 1,
    # Pinned at its first score: the police spokesman's words of the 9th are dated by a later
    # article's "Selasa (10/6)".
    "sopir-lalamove-todong-pistol-cipularang-2025-06": 1,
    # Pinned at its first score: two statements dated by when they reached an outlet, "dalam
    # keterangan resmi NOC Indonesia, Rabu (18/6/2025)" and "dalam rilis yang diterima
    # Kompas.com pada Jumat (20/6/2025)".
    "koi-ralb-cabor-baru-perbati-2025-06": 2,
    # Pinned at its first score: the council chair's words of the 17th are dated by the day
    # of his written statement, "dalam keterangan tertulis Sabtu (18/10/2025)".
    "menteri-lh-aksi-bersih-bogor-2025-10": 1,
    # Pinned at its first score: the club's post and the player's words are dated by when an
    # outlet quoted them, "dikutip Rabu (18/6/2025)" and "dikutip Kamis (19/6/2025)".
    "rachmat-irianto-persebaya-2025-06": 2,
    # Pinned at its first score: Trump calling Powell "bodoh" joins words dated by when an
    # outlet quoted them, "Melansir Bitcoin.com, Kamis (19/6/2025)".
    "the-fed-tahan-suku-bunga-2025-06": 1,
    # Pinned at its first score: Trump's words at the signing are dated by when an outlet
    # quoted them, "dikutip dari Reuters, Selasa (21/10/2025)".
    "pakta-mineral-as-australia-2025-10": 1,
    # Pinned at its first score: Netanyahu's words at Soroka are dated by when an outlet
    # quoted them, "dilansirAFP, Jumat (20/6/2025)".
    "israel-iran-soroka-arak-2025-06": 1,
    # Pinned at its first score: IMD's director's words are dated by the day one outlet
    # quoted them, "Kamis (19/6/2025)", after another had quoted them on the 18th.
    "daya-saing-imd-wcr-2025-06": 1,
    # Pinned at its first score: the winner's words after the final are dated by when the
    # outlet quoted them, "dikutip Jumat (20/6/2025)".
    "pobsi-pool-circuit-bandung-2025-06": 1,
    # Pinned at its first score: Erick Thohir's and Infantino's words "dikutip ... Rabu
    # (18/6/2025)" are dated by when they were quoted.
    "fifa-pssi-miami-hca-2025-06": 2,
    # Pinned at its first score: the coach's words "seperti dikutip pada Jumat (20/6/2025)"
    # stand alone, dated by when they were quoted.
    "avc-nations-cup-2025-06": 1,
    # Pinned at its first score: Gus Ipul's words "dalam keterangan tertulis, Minggu
    # (19/10/2025)" date the handing out of the evening before.
    "al-khoziny-apbn-2025-10": 1,
    # Pinned at its first score: the ministry's words of 18 June "dikutip Jumat (20/6/2025)"
    # are dated by when they were quoted.
    "asn-wfa-2025-06": 1,
    # Pinned at its first score: a digest's "artikel terpopuler ketiga tentang
    # horoskopzodiak15 Juni 2025" (a headline run into its date) makes an event of June.
    "gustiwiw-death-2025-06": 0,
    # Pinned at its first score: Hidayat Nur Wahid's words "dalam keterangan tertulis yang
    # diterima, Rabu (18/6/2025)" are dated by when the outlet received them.
    "global-march-gaza-2025-06": 1,
    # Pinned at its first score: a date the outlet quoted or read the regulation on ("dikutip
    # Jumat (19/9/2025)", "pada lampiran Perpres 79/2025, Sabtu (20/9/2025)") makes an event.
    "ikn-political-capital-2025-09": 1,
    # Pinned at its first score: a date the outlet quoted a source on ("Pusat Meteorologi
    # Nasional Arab Saudi, Rabu (18/6/2025)", "dikutip dari situs Kemenag, Jumat (20/6/2025)")
    # makes an event.
    "hajj-return-2025-06": 1,
    # Pinned at its first score: players' words "dikutip Kamis (19/6/2025)" and "dikutip Jumat
    # (20/6/2025)" are dated by when the outlet quoted them.
    "pbsi-marthin-fikri-2025-06": 3,
    # Pinned at its first score: the minister's words "dikutip Selasa (21/10/2025)" are dated
    # by when the outlet quoted them.
    "djp-pajak-purbaya-2025-10": 1,
    # Pinned at its first score: two events take their dates from phrases of when an outlet
    # took the words ("dikutip dari Kompas.com, Kamis (19/6/2025)", "detikJateng, Jumat
    # (20/6/2025)").
    "zero-odol-2025-06": 2,
    # Pinned at its first score: an assistant coach's words "dilansir dari laman PT LIB, Kamis
    # (19/6/2025)" are dated by when the outlet quoted them.
    "piala-presiden-2025-06": 1,
    # Pinned at its first score: a spokesman's words "dalam keterangannya, Jakarta, Kamis
    # (19/6/2025)", a day after the meeting they speak of.
    "pln-rups-2025-06": 1,
    # Pinned at its first score: a survey release dated by when the outlet quoted it ("rilis
    # hasil survei yang dikutip, Senin (20/10/2025)").
    "rapor-menteri-reshuffle-2025-10": 1,
    # Pinned at its first score: a speech's words dated by the written release of two days
    # later ("keterangan tertulis, Kamis (19/6/2025)").
    "indonesia-poland-forum-2025-06": 1,
    # Pinned at their first scores: words dated by when the outlet received them
    # ("keterangan tertulis yang diterima detikHikmah, Senin (20/10/2025)", "dalam
    # keterangannya, Rabu (18/6/2025)") and a filing dated by when it was quoted.
    "kementerian-haji-2025-10": 1,
    "jakarta-pajak-insentif-2025-06": 1,
    "pupuk-indonesia-yovie-2025-06": 1,
    # Pinned at its first score: words dated by when the outlet quoted Antara ("Antara, Jumat
    # (16/5/2025)").
    "tni-kejaksaan-2025-05": 1,
    # Pinned at its first score: the speech told by articles that date only when they quoted
    # or wrote it ("dikutip ...", "ditulis ...").
    "danantara-bumn-2025-06": 4,
    # Pinned at their first scores (5), lowered since: players' and coaches' words dated by
    # when the outlet quoted them ("dikutip dari ..., Kamis (19/6/2025)", "dilansir AFP, Senin
    # (7/7/2025)"); those quoted from a paper abroad date nothing now.
    "timnas-u23-aff-2025-06": 4,
    "musk-america-party-2025-07": 0,
    # Pinned at its first score: words dated by when the outlet quoted them.
    "muharram-1447-2025-06": 1,
    # Pinned at its first score: a decision dated by the park office's post the outlet read
    # ("unggahan Instagram ..., Rabu, 18 Juni 2025").
    "merapi-pendaki-ilegal-2025-06": 1,
    # Pinned at its first score: officials' words dated by when the outlet quoted or wrote
    # them.
    "apbn-kita-kemenkeu-2025-06": 2,
    # Pinned at its first score: a day an outlet mistyped a month ("Sabtu (14/5/2025)" for
    # the 14th of June).
    "raung-erupsi-2025-06": 1,
    # Pinned at its first score: words dated by when the outlet quoted the ministry's site
    # ("Kamis, 19 Juni 2025").
    "malaria-aplma-bali-2025-06": 1,
    # Four at its first score: a company's financial year ("tahun buku yang berakhir pada
    # tanggal 31 Desember 2024", "dividen tahun buku 2024") and the year a rise is counted
    # from ("naik 28% dari 2023"). None since 35395f6.
    "bluebird-rups-dividen-2025-06": 0,
    # Pinned at its first score: a Polres' activities dated by its press release of the
    # day after ("dalam keterangannya, Kamis (19/6/2025)").
    "polda-riau-bhayangkara-2025-06": 1,
    # Pinned at its first score: an Instagram post dated by when an outlet quoted it.
    "denada-rhinoplasty-2025-06": 1,
    # Pinned at its first score: a think tank's report dated by when an outlet quoted it
    # ("dikutip Rabu (18/6/2025)").
    "bsu-2025-06": 1,
    # Pinned at its first score: Meta's words "tulis Meta dalam keterangannya, Rabu
    # (18/6/2025)", dated by when the outlet quoted them.
    "whatsapp-iklan-2025-06": 1,
    # Pinned at its first score: "Artikel terpopuler detikTravel Selasa (17/6/2025) adalah
    # mengenai usulan reaktivasi Bandara Husein ..." stands as an event of the 17th.
    "bandara-husein-bandung-2025-06": 0,
    # Pinned at its first score: an organiser's words dated by when Antara quoted them.
    "hut-jakarta-498-2025-06": 1,
    # Pinned at its first score: OJK's words dated by when an outlet quoted them ("dikutip
    # Kamis (19/6/2025)").
    "pinjol-pindar-ojk-2025-06": 1,
    # Pinned at its first score: Yolla's words dated by when an outlet quoted them ("seperti
    # dikutip Rabu (18/6/2025)").
    "yolla-yuliana-pensiun-2025-06": 1,
    # Pinned at its first score: a director's words on Pulau Citlim dated by when outlets
    # quoted his Instagram post ("dikutip Rabu (18/6/2025)").
    "kkp-psdkp-penindakan-2025-06": 1,
    # Pinned at its first score: the years of the aid data ("pada tahun 2020 dan 2021") read
    # as the dates of a school visit, and the year of a national goal ("negara maju pada
    # 2045") as the date of Projo's words.
    "psi-caketum-bro-ron-2025-06": 3,
    # Pinned at its first score: Gus Ipul's words dated by "dalam keterangannya, Selasa
    # (21/10/2025)".
    "sekolah-rakyat-2025-10": 1,
    # Pinned at its first score: the revoked regulation's words dated by when two outlets
    # looked at the new one ("dilihat Kompas.com, Rabu (18/6/2025)", "dariAntara, Kamis
    # (19/6/2025)").
    "saber-pungli-bubar-2025-06": 2,
    # Pinned at its first score: Dejan's words at the training camp dated by when an outlet
    # quoted them ("dikutip Kamis (19/6/2025)").
    "pbsi-evaluasi-pelatnas-2025-06": 1,
    # Pinned at its first score: the President's words and a BPS deputy's dated by when
    # outlets quoted them ("dikutip Senin (22/7/2025)", "dikutip pada Sabtu (26/7/2025)").
    "angka-kemiskinan-bps-2025-07": 2,
    # Pinned at its first score: money-market figures as of a day read as happenings ("suku
    # bunga INDONIA turun menjadi 5,34% pada 17 Juni 2025", "SRBI ... pada 13 Juni 2025 juga
    # menurun").
    "bi-rdg-juni-2025-06": 3,
    # Pinned at its first score: the day an explainer was written ("Disusun Kamis (19/6/2025),
    # artikel ini membahas ...").
    "rudal-iran-iron-dome-2025-06": 1,
    # Pinned at its first score: the date an outlet quoted the minister's words on
    # ("dikutip, Senin (16/6/2025)").
    "pltn-nuklir-esdm-2025-06": 1,
    # Pinned at its first score: a director's talkshow words dated by the outlet's written
    # statement of the day after ("dalam keterangan tertulis, Selasa (21/10/2025)").
    "prolanis-bpjs-kronis-2025-10": 1,
    # Pinned at its first score: a prosecutor's words on a handover of the day before, dated
    # by when the outlet quoted him ("Selasa (27/5/2025)").
    "kpk-ott-beruntun-2025-08": 1,
    # Pinned at its first score: the day an outlet quoted the PSSI chairman's post ("dikutip
    # dari akun Instagram pribadinya (@erickthohir), Kamis (19/6/2025)" or "dikutip Jumat
    # (20/6/2025)").
    "timnas-putri-u19-aff-2025-06": 1,
    # Pinned at its first score: the day an outlet quoted BPOM's press statement ("keterangan
    # pers dikutip Selasa (3/6/2025)").
    "bpom-obat-herbal-bko-2025-06": 1,
    # Pinned at its first score: the days an outlet quoted the athlete's and the spokesman's
    # words ("dikutip Rabu (18/6/2025)", "dikutip pada Rabu (18/6/2025)").
    "npci-bekasi-atlet-disabilitas-2025-06": 2,
    # Pinned at its first score: the day an outlet quoted a coach's post of the day before
    # ("dalam instagramnya, Jumat (20/6/2025)").
    "liga1-pelatih-baru-pramusim-2025-06": 1,
    # Pinned at its first score: the day of a company's written statement of the day before
    # ("dalam keterangan tertulis, Jumat (20/6/2025)").
    "pertamina-nre-citicore-2025-06": 1,
    # Pinned at its first score (2), lowered since: the day a wire quoted Putin's words of
    # the day before ("dilansir kantor berita AFP, Kamis (19/6/2025)"). (Trump's words quoted
    # from the Moscow Times date nothing now.)
    "rusia-sikap-perang-iran-israel-2025-06": 1,
    # Pinned at its first score: the day an outlet quoted the agency's statement of the day
    # before ("dikutip dari akun X@THEBOYZ_officl, pada Kamis (19/6/2025)").
    "ju-haknyeon-the-boyz-2025-06": 1,
    # Pinned at its first score: the day an outlet quoted the family's post ("tulis kabar
    # tersebut dikutip pada Jumat (20/6/2025)").
    "hengki-kawilarang-meninggal-2025-06": 1,
}


@pytest.mark.parametrize("path", eval_events.gold_files(), ids=lambda p: p.stem)
def test_event_evaluation_floors(path: Path):
    gold = read_gold(path)
    if gold.corpus and not (eval_events.CORPUS / gold.corpus).is_file():
        pytest.skip("the shared corpus (../shared/corpus) is not on this machine")
    figures = eval_events.evaluate(gold)
    recall, splits, source_recall, flawed, title_words_ok = FLOORS[gold.name]
    assert figures["recall"] >= recall, figures
    assert figures["split"] <= splits, figures
    assert figures["source_recall"] >= source_recall, figures
    assert figures["system_events"] - figures["titles_ok"] <= flawed, figures
    assert figures["title_words_ok"] >= title_words_ok, figures
    assert figures["boilerplate_dated"] <= BOILERPLATE_CEILINGS.get(gold.name, 0), figures


def test_a_person_named_only_as_an_agent_leaves_kata_dia_to_the_one_named_before():
    """ "diperintahkan oleh Presiden Prabowo Subianto" between the minister's sentence and
    "kata dia" does not make the minister's words the president's."""
    body = (
        "Menteri Koordinator Bidang Pangan Zulkifli Hasan memastikan tidak akan impor garam "
        "mulai akhir 2027. Hal ini sebagaimana diperintahkan oleh Presiden Prabowo Subianto.\n"
        '"Kita garam sekarang sudah nggak impor untuk konsumsi," kata dia dalam agenda Refleksi '
        "Satu Tahun Kemenko Pangan, Selasa (21/10/2025)."
    )
    said = [c for c in article_candidates(_article(body, "2025-10-22")) if c.role == "attribution"]
    assert [c.speaker for c in said] == ["Zulkifli Hasan"]


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "iOS 26 merupakan penerus dari iOS 18 yang diperkenalkan pada Juni 2024.",
            "Penerus dari iOS 18 diperkenalkan",
        ),
        # A subject inside the words before "yang" is kept with its copula.
        (
            "Timor adalah merek mobil yang dijual pada 1996.",
            "Timor adalah merek mobil dijual",
        ),
    ],
)
def test_a_relative_clauses_noun_does_not_open_with_a_copula(sentence, title):
    """The noun a relative clause tells of comes after "merupakan" or "adalah" when its
    subject is too far back to keep: "Penerus dari iOS 18 diperkenalkan", not "Merupakan
    penerus dari iOS 18 diperkenalkan"."""
    (c,) = article_candidates(_article(sentence, "2025-06-20"))
    assert c.title == title


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "Polisi memeriksa rumah kosong milik warga, yang dilakukan pada 6 Juni 2025.",
            "Polisi memeriksa rumah kosong milik warga",
        ),
        (
            "Investigasi internal Garuda dilakukan melalui koordinasi dengan berbagai pihak, "
            "yang dilakukan pada 6-18 Juni 2025.",
            "Investigasi internal Garuda dilakukan melalui koordinasi dengan berbagai pihak",
        ),
        # No clause before the comma: the relative clause tells of the noun.
        (
            "Festival Topeng Cirebon, yang berlangsung pada 25-26 April 2025, menjadi agenda "
            "strategis.",
            "Festival Topeng Cirebon berlangsung, menjadi agenda strategis",
        ),
    ],
)
def test_what_was_carried_out_after_a_comma_is_the_clause_it_hangs_on(sentence, title):
    """ "..., yang dilakukan pada 6 Juni 2025" dates what the clause before the comma tells,
    not the noun right before "yang" ("Memeriksa rumah kosong milik warga dilakukan")."""
    (c,) = article_candidates(_article(sentence, "2025-06-20"))
    assert c.title == title


@pytest.mark.parametrize(
    "said, title",
    [
        ("tukas Eko", "Eko: Penambangan di lokasi ilegal dan dilarang"),
        ("beber Eko", "Eko: Penambangan di lokasi ilegal dan dilarang"),
        ("sambung Eko", "Eko: Penambangan di lokasi ilegal dan dilarang"),
        ("tandasnya", "Penambangan di lokasi ilegal dan dilarang"),
        ("tutupnya", "Penambangan di lokasi ilegal dan dilarang"),
    ],
)
def test_rarer_speech_verbs_attribute_the_quotation_they_close(said, title):
    """'"...," tukas Eko, Rabu (18/6/2025)' is Eko's statement of that day, as "kata" is; the
    quotation is what was said, not a headline that ends in the verb ("..., tandasnya")."""
    body = f'"Penambangan di lokasi itu ilegal dan sudah dilarang," {said}, Rabu (18/6/2025).'
    (c,) = article_candidates(_article(body, "2025-06-19"))
    assert (c.date, c.role, c.title) == ("2025-06-18", "attribution", title)


@pytest.mark.parametrize(
    "said, headline",
    [
        ('"Sudah (YW tersangka)," ujar Juru Bicara KPK Budi', "Juru Bicara KPK Budi: YW tersangka"),
        (
            '"(Bupati) Koltim," kata Wakil Ketua KPK Johanis Tanak',
            "Wakil Ketua KPK Johanis Tanak: Bupati Koltim",
        ),
        (
            '"Tak masalah (di luar atau dalam pemerintahan)," kata Mardani',
            "Mardani: Tak masalah di luar atau dalam pemerintahan",
        ),
        # Said at length, the words in brackets are left out as before.
        (
            '"Kami sudah memeriksa (dua) saksi di gedung KPK," kata Budi',
            None,
        ),
    ],
)
def test_a_reply_too_short_to_tell_anything_is_headlined_with_its_bracketed_words(said, headline):
    """'"Sudah (YW tersangka)," ujar Budi' headlines "Budi: YW tersangka", not "Budi:": what
    the outlet put in brackets says what the reply answers. The merge still compares the
    words without them (``title``)."""
    body = f"{said}, Selasa (21/10/2025)."
    (c,) = article_candidates(_article(body, "2025-10-22"))
    assert c.role == "attribution"
    assert c.headline == headline


def test_what_a_speaker_says_of_himself_inside_his_quotation_is_headed_by_his_name():
    """A happening dated inside a quotation whose headline opens with "Saya" or "Kami" is
    headlined with who said it, named by the attribution or, for "katanya", named last."""
    body = (
        'Ia bernyanyi. "Saya diberi amanat menjadi Koordinator Tim Pengendali Inflasi Daerah '
        '(TPID) sejak September 2022," kata Tito.\n'
        'Menteri Sosial Saifullah Yusuf hadir. "Kami sudah menyalurkan bantuan pada 2024," '
        "katanya."
    )
    heads = [c.headline for c in article_candidates(_article(body, "2025-10-20"))]
    assert heads == [
        "Tito: Saya diberi amanat menjadi Koordinator Tim Pengendali Inflasi Daerah",
        "Saifullah Yusuf: Kami menyalurkan bantuan",
    ]


def test_a_day_written_out_inside_a_dated_statement_is_a_happening_of_its_own():
    """'"Kami Tim Jaksa, Kemarin (26/5), telah selesai melimpahkan ...," kata Jaksa KPK Rio,
    Selasa (27/5/2025)' tells a handover of the 26th, in the prosecutor's words, beside his
    statement of the 27th; '"Bandara hari ini ditutup," ujar X, Rabu (18/6)' only the
    statement of its day."""
    body = (
        '"Kami Tim Jaksa, Kemarin (26/5), telah selesai melimpahkan berkas perkara Pablo," '
        "kata Jaksa KPK Rio, Selasa (27/5/2025)."
    )
    got = {(c.date, c.role, c.quoted_day) for c in article_candidates(_article(body, "2025-05-27"))}
    assert got == {("2025-05-26", "plain", True), ("2025-05-27", "attribution", False)}
    body = '"Bandara hari ini ditutup," ujar Kepala Bandara Budi, Rabu (18/6/2025).'
    got = {(c.date, c.role) for c in article_candidates(_article(body, "2025-06-19"))}
    assert got == {("2025-06-18", "attribution")}


def test_a_date_restated_or_an_interval_leaves_no_word_of_it_in_the_headline():
    """ "pada 2027 atau 2028" and "Selang dua hari kemudian" are date words with their
    "atau" and "selang": a headline keeps none of them."""
    body = (
        "Prabowo juga pernah menyatakan pemerintah menargetkan pada 2027 atau 2028 tidak ada "
        "lagi defisit APBN."
    )
    titles = {c.title for c in article_candidates(_article(body, "2025-08-20"))}
    assert titles == {
        "Prabowo pernah menyatakan pemerintah menargetkan tidak ada lagi defisit APBN"
    }
    body = (
        "Pada 2 Juni 2025 polisi memeriksa Andi. Selang dua hari kemudian, polisi menetapkan Andi."
    )
    titles = [c.title for c in article_candidates(_article(body, "2025-06-18"))]
    assert titles == ["Polisi memeriksa Andi", "Polisi menetapkan Andi"]


def test_a_happening_reported_done_stays_done_whatever_a_later_source_plans():
    """The latest source decides, except that a report in a source's own words, written on
    the day or after, that it happened is not undone by a later one still speaking of it as
    planned; a statement's status is what it says of the future, and stays the latest's."""
    from builder.events.merge import _status

    def on(text: str, date: str, article: str, published: dt.date, **kw) -> Candidate:
        return _candidate(text, date, article, published=published, **kw)

    done = on("Acara ngunduh mantu digelar di JCC", "2025-06-19", "a1", dt.date(2025, 6, 19))
    later_plan = on(
        "Acara ngunduh mantu akan digelar di JCC",
        "2025-06-19",
        "a2",
        dt.date(2025, 6, 20),
        status="planned",
    )
    assert _status([done, later_plan], "2025-06-19") == "happened"
    # Written before the day, "done" could not have been seen: the latest decides.
    early = on("Acara digelar", "2025-06-19", "a0", dt.date(2025, 6, 17))
    assert _status([early, later_plan], "2025-06-19") == "planned"
    statement = {"role": "attribution", "speaker": "Mualem"}
    said = on("Aceh mengelola empat pulau", "2025-06-18", "b1", dt.date(2025, 6, 18), **statement)
    plan = on(
        "Aceh akan mengelola empat pulau",
        "2025-06-18",
        "b2",
        dt.date(2025, 6, 19),
        status="planned",
        **statement,
    )
    assert _status([said, plan], "2025-06-18") == "planned"


def test_statements_naming_one_court_and_different_people_are_about_different_people():
    """Prosecutors demanding sentences for two defendants at one court on one day: a court
    named by both, or by one of them alone, says nothing of whom they are about; the people
    they name do."""
    from builder.events.merge import _conflicts, _signals

    def said(text: str, actors: list[str]) -> Candidate:
        c = _candidate(text, "2025-05-28", role="attribution", speaker="jaksa")
        c.actors = ["jaksa", *actors]
        c.features = []
        return c

    court = "Pengadilan Tipikor Jakarta"
    group = [
        said("Menuntut terdakwa Zarof Ricar 20 tahun", [court, "Zarof Ricar"]),
        said("Menuntut terdakwa Lisa Rachmat 14 tahun", [court, "Lisa Rachmat"]),
        said("Menjatuhkan pidana penjara", [court]),
        said(
            "Menuntut Zarof Ricar membayar denda",
            ["Pengadilan Tipikor Jakarta Pusat", "Zarof Ricar"],
        ),
    ]
    conflicts = _conflicts(list(range(len(group))), _signals(group))
    assert conflicts[0, 1] and conflicts[1, 0]  # one court, two defendants
    assert not conflicts[0, 3]  # one defendant, the court spelled two ways
    assert not conflicts[0, 2] and not conflicts[1, 2]  # the court alone: nothing apart
    # The sets step 3 compares give the same answers: a judge's words naming the defendant
    # and his words naming only the court are not about different people.
    from builder.events.merge import _named_apart

    zarof, lisa, bodies = {"terdakwa zarof ricar"}, {"lisa rachmat"}, {court.lower()}
    assert _named_apart(zarof, lisa)
    assert not _named_apart(zarof, bodies) and not _named_apart(bodies, zarof)


def test_statements_naming_only_organisations_tell_one_court_however_spelled():
    """An expert heard at one trial, quoted by two outlets naming the court two ways, speaks
    of one thing; two companies, or two banks of one country, are two."""
    from builder.events.merge import _conflicts, _named_apart, _signals

    def said(actors: list[str]) -> Candidate:
        c = _candidate("Tidak ada upaya paksa", "2025-06-20", role="attribution")
        c.speaker = "Chairul Huda"
        c.actors = ["Chairul Huda", *actors]
        c.features = []
        return c

    names = [
        ["Pengadilan Tipikor Jakarta Pusat"],
        ["Pengadilan Negeri Jakarta Pusat"],
        ["Majelis Hakim Pengadilan Tipikor Jakarta"],
        ["PT Sri Rejeki Isman"],
        ["PT Wilmar Nabati Indonesia"],
        ["PT Bank Rakyat Indonesia"],
        ["PT Bank Negara Indonesia"],
    ]
    group = [said(n) for n in names]
    conflicts = _conflicts(list(range(len(group))), _signals(group))
    assert not conflicts[0, 1] and not conflicts[0, 2]
    assert conflicts[3, 4] and conflicts[0, 3]
    assert conflicts[5, 6]  # "pt bank" and a country say nothing
    # The sets step 3 compares give the same answers.
    keys = [{n[0].lower()} for n in names]
    assert not _named_apart(keys[0], keys[1]) and not _named_apart(keys[0], keys[2])
    assert _named_apart(keys[3], keys[4]) and _named_apart(keys[5], keys[6])


def test_the_lead_is_a_source_whose_headline_has_no_flaw_when_one_has():
    """Three sources of one verdict: two headlines cut short although their sentences were
    short (the most typical sentences), one whole: the event is titled by the whole one."""
    from builder.events.merge import _lead

    cut = "Majelis hakim menjatuhkan pidana penjara selama enam belas tahun kepada terdakwa …"
    sentence = (
        "Majelis hakim menjatuhkan pidana penjara selama enam belas tahun kepada terdakwa "
        "Zarof Ricar."
    )
    whole = _candidate("Hakim memvonis Zarof Ricar 16 tahun penjara", "2025-06-18", article="c")
    group = [
        _candidate(sentence, "2025-06-18", article="a"),
        _candidate(sentence, "2025-06-18", article="b"),
        whole,
    ]
    group[0].title = group[1].title = cut
    for c in group:
        c.features = c.quote.lower().split()
    assert headline_flaws(cut, sentence) == ["cut"]
    assert _lead([0, 1, 2], group, "2025-06-18", "happened") == 2
    # Without the whole one, a cut headline still titles it.
    assert _lead([0, 1], group, "2025-06-18", "happened") == 0


def test_what_a_report_says_happened_is_dated_as_the_happening():
    """In "BMKG melaporkan gempa terjadi pada Rabu" the date is the earthquake's, not the
    report's: the sentence is a source of the earthquake another outlet tells."""
    told = _article(
        "Gempa magnitudo 4,8 mengguncang laut barat daya Kabupaten Garut, Jawa Barat, pada "
        "Rabu (18/6/2025) pukul 15.24 WIB, menurut data BMKG.",
        "2025-06-18",
        "a1",
        "Satu",
    )
    reported = _article(
        "BMKG melaporkan gempa terjadi pada Rabu (18/6/2025), pukul 15.24 WIB.",
        "2025-06-18",
        "a2",
        "Dua",
    )
    quake = [e for e in extract_events([told, reported]) if e.date == "2025-06-18"]
    assert len(quake) == 1
    assert {s.article for s in quake[0].sources} == {"a1", "a2"}


def test_eruptions_of_two_volcanoes_on_one_day_are_two_events():
    """Alike words, one day, one agency: two volcanoes named are two happenings; one volcano
    named two ways ("Gunung Api Marapi", "Gunung Marapi") is one."""
    marapi = _article(
        "Gunung Marapi di Sumatera Barat kembali erupsi pada Rabu (18/6/2025) dengan kolom abu "
        "setinggi 700 meter, menurut PVMBG.",
        "2025-06-18",
        "a1",
        "Satu",
    )
    marapi_too = _article(
        "Gunung Api Marapi kembali erupsi pada Rabu (18/6/2025) malam dengan kolom abu "
        "setinggi 700 meter, menurut PVMBG.",
        "2025-06-19",
        "a2",
        "Dua",
    )
    lewotobi = _article(
        "Gunung Lewotobi Laki-Laki kembali erupsi pada Rabu (18/6/2025) malam dengan kolom abu "
        "setinggi 700 meter, menurut PVMBG.",
        "2025-06-18",
        "a3",
        "Tiga",
    )
    events = [e for e in extract_events([marapi, marapi_too, lewotobi]) if e.date == "2025-06-18"]
    assert sorted(sorted(s.article for s in e.sources) for e in events) == [
        ["a1", "a2"],
        ["a3"],
    ]


def test_a_state_begun_in_a_year_is_not_the_happening_its_article_dates_that_year():
    """ "Harun Masiku yang jadi buron sejak 2020" beside the sting of 8 January 2020 in one
    article: the state began that year, and is no recap of the sting."""
    body = (
        "Hasto disebut menghalangi KPK menangkap Harun Masiku yang jadi buron sejak 2020. "
        "Hasto disebut memerintahkan Harun Masiku merendam handphone agar tak terlacak KPK "
        "saat operasi tangkap tangan (OTT) pada 8 Januari 2020."
    )
    events = extract_events([_article(body, "2025-06-20")])
    by_date = {e.date: e for e in events}
    assert "buron" in by_date["2020"].title
    assert "buron" not in by_date["2020-01-08"].summary


def test_a_sentence_naming_no_volcano_is_of_the_volcano_its_article_is_about():
    """ "Erupsi terjadi pada Rabu" in an article on Marapi and in one on Raung: the title
    tells which volcano each sentence is of."""

    def article(aid: str, title: str) -> Article:
        return Article(
            id=aid,
            title=title,
            body="Erupsi terjadi pada Rabu (18/6/2025) malam dengan kolom abu setinggi 700 "
            "meter di atas puncak.",
            outlet=aid,
            published=dt.date(2025, 6, 18),
        )

    events = extract_events(
        [article("a1", "Gunung Marapi Erupsi Lagi"), article("a2", "Gunung Raung Erupsi")]
    )
    assert sorted(len(e.sources) for e in events if e.date == "2025-06-18") == [1, 1]


def test_what_a_happening_is_of_is_named_after_its_head():
    finder = get_finder("id")
    assert finder.things("Erupsi Gunung Api Marapi terjadi malam ini") == ["marapi"]
    assert finder.things("ErupsiGunung Lewotobi Laki-Laki dan Gunung Lewotolok") == [
        "lewotobi",
        "lewotolok",
    ]
    assert finder.things("tulis petugas Pos Pengamatan Gunung Api, Emanuel Rofinus Bere") == []
    assert finder.things("Harga cabai naik di Pasar Induk") == []


def test_an_acronym_opening_a_sentence_is_one_of_its_names():
    """ "BMKG melaporkan gempa ...": the first word of a sentence is capitalised whatever it
    is, but an acronym there is still a name (told, not weighed in the vectors)."""
    from builder.events.merge import _signals, candidate_features

    cands = article_candidates(
        _article(
            "BMKG melaporkan gempa terjadi pada Rabu (18/6/2025), pukul 15.24 WIB.", "2025-06-18"
        )
    )
    for c in cands:
        c.features = candidate_features(c)
    assert cands and all("name:bmkg" in names for names in _signals(cands).name_sets)
    assert not any("name:bmkg" in c.features for c in cands)


@pytest.mark.parametrize(
    "a, b, same",
    [
        # Another outlet's spelling, a shorter name, another title: one judge.
        ("majelis hakim rosihan juhrian", "ketua majelis hakim rosihan juhriah rangkuti", True),
        ("hakim rosihan juhriah", "ketua majelis pengadilan rosihan juhriah rangkuti", True),
        # One first name is too little to tell a person by.
        ("agus", "irjen agus suryonugroho", False),
        ("menteri agus andrianto", "irjen agus suryonugroho", False),
        # Two letters otherwise, or a short word spelled otherwise: two people.
        ("rosihan juhrina", "rosihan juhriah rangkuti", False),
        ("budi arie", "budi ari setiadi", False),
        # A title alone is one person only with the same title.
        ("ketua majelis hakim", "ketua majelis hakim rosihan juhriah rangkuti", False),
        ("ketua majelis hakim", "ketua majelis hakim", True),
        # A body's name is a title, its numeral too: two members of one commission are two.
        ("ketua komisi iii dpr", "komisi iii dpr ahmad sahroni", False),
    ],
)
def test_speakers_are_one_person_however_titled_and_spelled(a, b, same):
    from builder.events.merge import _one_person, _same_speakers

    assert _one_person(a, b) is same
    assert _one_person(b, a) is same
    assert _same_speakers({a, "someone else"}, {b}) is same


def test_words_said_at_a_happening_its_article_tells_are_that_happening():
    """An article tells an opening and, sentences later, what the governor said at it ("kata
    Pramono dalam sambutan peresmian Jakarta Fair"): one happening, whatever the words; with
    no occasion said, or only its venue, his words stay a statement of their own (which words
    name an occasion: ``occasion_examples``)."""

    def opening(article: str, sentence: int) -> Candidate:
        return _candidate(
            "Jakarta Fair Kemayoran resmi dibuka di JIExpo Kemayoran pada Kamis (19/6/2025).",
            "2025-06-19",
            article,
            sentence=sentence,
            actors=["Jakarta Fair Kemayoran"],
            places=["JIExpo Kemayoran"],
        )

    def said(occasion: str | None) -> Candidate:
        text = (
            '"Saya yakin transaksi tahun ini meningkat," kata Gubernur Pramono Anung, '
            "Kamis (19/6/2025)."
        )
        c = _candidate(
            text,
            "2025-06-19",
            "a",
            sentence=9,
            role="attribution",
            speaker="Pramono Anung",
            actors=["Pramono Anung"],
            occasion=occasion,
        )
        c.context = '"Saya yakin transaksi tahun ini meningkat,"'
        return c

    def events(occasion: str | None) -> list[list[str]]:
        found = merge_candidates([opening("a", 0), opening("b", 0), said(occasion)])
        return sorted(sorted(s.article for s in e.sources) for e in found)

    assert events("sambutan peresmian Jakarta Fair 2025") == [["a", "a", "b"]]
    assert events(None) == [["a"], ["a", "b"]]
    # Where it was said names no happening: a press conference at the fair's venue is not
    # the opening ("kata Kapolda saat konferensi di Bandara Kualanamu").
    assert events("konferensi pers di JIExpo Kemayoran") == [["a"], ["a", "b"]]
    # Nor what it came after: a press statement after the opening is a happening of its own
    # ("ujar Prabowo dalam pernyataan bersama usai pertemuan dengan Presiden Putin").
    assert events("pernyataan bersama usai peresmian Jakarta Fair Kemayoran") == [["a"], ["a", "b"]]


def test_a_happening_joined_by_one_voice_is_no_longer_all_statements():
    """Step 3 joins a report of an examination with what the one examined said after it:
    the happening is no longer all statements, and what the agency's spokesman said of the
    examination that day joins it too; it is not kept apart as words of another person."""
    day = "2025-06-18"
    report = _candidate(
        "Penyanyi Windy Yunita diperiksa penyidik KPK di Gedung Merah Putih KPK, Rabu.",
        day,
        "a",
        actors=["Windy Yunita", "KPK"],
    )
    hers = _candidate(
        "Windy Yunita: Tanya penyidik saja soal pemeriksaan di Gedung Merah Putih KPK",
        day,
        "b",
        role="attribution",
        speaker="Windy Yunita",
        actors=["Windy Yunita", "KPK"],
    )
    spokesman = _candidate(
        "Budi Prasetyo: Windy Yunita diperiksa penyidik KPK sebagai saksi di Gedung Merah Putih",
        day,
        "c",
        role="attribution",
        speaker="Budi Prasetyo",
        actors=["Budi Prasetyo", "Windy Yunita", "KPK"],
    )
    clusters = _step3([report, hers, spokesman], [])
    assert next(g for g in clusters if g) == [0, 1, 2]


@pytest.mark.parametrize(("speaker", "joins"), [("Iwan Kurniawan", True), ("Budi Santoso", False)])
def test_words_of_one_who_took_part_that_day_are_of_the_happening(speaker, joins):
    """One outlet reports the examination, another only what the examined man said at the
    agency that day, in other words: one happening; the same words from someone the report
    does not tell taking part stay a statement of their own."""
    day = "2025-06-18"
    report = _candidate(
        "Direktur Utama PT Sritex Iwan Kurniawan Lukminto selesai diperiksa penyidik "
        "Kejaksaan Agung selama tujuh jam, Rabu.",
        day,
        "a",
        actors=["Iwan Kurniawan Lukminto", "Kejaksaan Agung"],
    )
    said = _candidate(
        f"{speaker}: Kami harapkan permasalahan ini segera disimpulkan dan ada kejelasan "
        "kepada masyarakat",
        day,
        "b",
        role="attribution",
        speaker=speaker,
        actors=[speaker, "Kejaksaan Agung"],
    )
    fillers = ["Kejaksaan Agung menyita uang tunai", "Direktur Utama bank mundur"]
    clusters = _step3([report, said], fillers)
    assert (clusters[0] == [0, 1]) is joins


@pytest.mark.parametrize(
    ("speaker", "joins"),
    [("Majelis Hakim Rosihan Juhrian", True), ("Hakim Anggota Purwanto Abdullah", False)],
)
def test_one_persons_words_of_one_day_however_named_are_one(speaker, joins):
    """Two outlets quote the judge on one day, each naming him its own way and quoting
    other words of the verdict: one statement; another judge's words stay apart."""
    day = "2025-06-18"
    judge = "Ketua Majelis Hakim Rosihan Juhriah Rangkuti"
    first = _candidate(
        f"{judge}: Menjatuhkan pidana penjara selama 16 tahun dan denda Rp 1 miliar",
        day,
        "a",
        role="attribution",
        speaker=judge,
        actors=[judge],
    )
    second = _candidate(
        f"{speaker.split()[-2]}: Keadaan yang memberatkan, terdakwa tidak mendukung program "
        "pemerintah memberantas korupsi, kata Rosihan",
        day,
        "b",
        role="attribution",
        speaker=speaker,
        actors=[speaker],
    )
    fillers = ["Hakim membacakan putusan", "Terdakwa dituntut penjara"]
    clusters = _step3([first, second], fillers)
    assert (clusters[0] == [0, 1]) is joins


@pytest.mark.parametrize(("cited", "joins"), [(False, False), (True, True)])
def test_one_persons_words_of_two_days_are_two_statements(cited, joins):
    """A spokesman's words of two days, alike as his routine words and his long name make
    them, are two statements; unless the later is an outlet quoting them a day late."""
    spokesman = "Juru Bicara KPK Budi Prasetyo"
    words = [
        "KPK menjadwalkan pemeriksaan terhadap saksi dugaan korupsi terkait dana hibah",
        "KPK menjadwalkan pemeriksaan terhadap saksi dugaan korupsi terkait kuota haji",
    ]
    said = [
        _candidate(
            f"{spokesman}: {text}",
            day,
            article,
            role="attribution",
            speaker=spokesman,
            actors=[spokesman, "KPK"],
            cited_on=cited and day.endswith("19"),
        )
        for text, day, article in zip(words, ("2025-06-18", "2025-06-19"), "ab", strict=True)
    ]
    clusters = _step3(said, ["KPK memeriksa saksi", "Penyidik menyita uang"])
    assert (clusters[0] == [0, 1]) is joins


@pytest.mark.parametrize(("elsewhere", "joins"), [("Yudhi Sadewa", True), ("Sadikin", False)])
def test_one_word_of_a_name_names_him_when_no_one_elses_name_has_it(elsewhere, joins):
    """An outlet that never writes more than "Purbaya" quotes the minister at the meeting
    another outlet quotes "Menteri Keuangan Purbaya Yudhi Sadewa" at: one statement, when
    no one else named anywhere has a name with that word; when someone has (another day's
    "Purbaya Sadikin"), one word is too little to tell which of them spoke."""
    from builder.events.merge import merge_candidates

    day = "2025-10-20"
    full = "Menteri Keuangan Purbaya Yudhi Sadewa"
    said = [
        _candidate(
            "Jadi jelas, bukan soal uangnya tidak ada, tapi soal kecepatan eksekusi",
            day,
            "a",
            role="attribution",
            speaker=full,
            actors=[full],
        ),
        _candidate(
            "Kalau kita lihat 25 provinsi berada dalam rentang target nasional",
            day,
            "b",
            role="attribution",
            speaker="Purbaya",
            actors=["Purbaya"],
        ),
    ]
    other = f"Purbaya {elsewhere}"
    fillers = [
        _candidate(text, "2025-10-01", f"f{n}", actors=[other] if n == 0 else [])
        for n, text in enumerate(
            [f"{other} meresmikan pasar baru", *UNRELATED, "Harga beras turun di daerah"]
        )
    ]
    events = merge_candidates([*said, *fillers])
    articles = {frozenset(s.article for s in e.sources) for e in events if e.date == day}
    assert (frozenset({"a", "b"}) in articles) is joins


@pytest.mark.parametrize("ex", EVENTS["contest_examples"], ids=lambda e: e["text"][:40])
def test_contest_examples(ex):
    assert sorted(contest_sides(ex["text"], CUES)) == sorted(ex["sides"])


@pytest.mark.parametrize(("opponent", "joins"), [("Thailand", True), ("Bahrain", False)])
def test_one_days_reports_of_one_match_join_however_told(opponent, joins):
    """A preview ("akan menghadapi Thailand") and a report of where the match was played
    (whose subject points back to "... menghadapi Thailand") are one match, whatever their
    actions and words; not when they name different opponents."""
    day = "2025-06-18"
    preview = _candidate(
        "Indonesia di pertandingan pertama akan menghadapi Thailand pada Rabu (18/6/2025)",
        day,
        "a",
        status="planned",
        sides=["thailand"],
    )
    played = replace(
        _candidate(
            "Laga ini berlangsung di Isa Bin Rashid Hall, Manama, Rabu (18/6)",
            day,
            "b",
            sides=[opponent.lower()],
        ),
        # Compared with the sentence its subject points back to.
        context=f"Timnas voli putra Indonesia menghadapi {opponent} pada laga perdana. "
        "Laga berlangsung di Isa Bin Rashid Hall, Manama",
    )
    fillers = ["Voli putra Indonesia menang", "Pelatih memanggil pemain baru"]
    clusters = _step3([preview, played], fillers)
    assert (clusters[0] == [0, 1]) is joins


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        # One report names PSG's opponent, the other Botafogo's: one match.
        ({"botafogo"}, {"psg"}, False),
        ({"psg", "botafogo"}, {"seattle sounders"}, True),
        ({"indonesia", "thailand"}, {"bahrain"}, True),
        ({"atletico madrid", "seattle sounders"}, {"atletico"}, False),
    ],
)
def test_sides_tell_another_match_only_when_they_cannot_be_one_matchs_two(a, b, other):
    from builder.events.merge import _other_match

    assert _other_match(a, b) is other


def test_a_match_is_headlined_by_a_report_that_names_its_sides():
    from builder.events.merge import _lead, candidate_features

    day = "2025-06-20"
    told = [
        _candidate("Bertanding di Rose Bowl, PSG mengancam sejak menit ke-2", day, "a"),
        _candidate("PSG kalah dari Botafogo di Rose Bowl", day, "b"),
    ]
    told = [replace(c, sides=["botafogo", "psg"]) for c in told]
    for c in told:
        c.features = candidate_features(c)
    assert _lead([0, 1], told, day, "happened") == 1


def test_one_persons_words_of_one_day_are_paired_however_titled():
    from builder.events.merge import _one_person_pairs, _person_key

    speakers = [
        _person_key("Direktur Perlindungan WNI Kemlu RI Judha Nugraha"),
        _person_key("Judha Nugraha"),
        _person_key("Farah Puteri Nahlia"),
        None,
    ]
    assert _one_person_pairs(speakers) == [(0, 1)]


@pytest.mark.parametrize("ex", EVENTS["ongoing_examples"], ids=lambda e: e["text"][:40])
def test_ongoing_examples(ex):
    """Words that tell a happening under way as they are said make a spokesman's words of
    that day a report of it (step 3 joins them to its reports as a participant's words)."""
    from builder.events.merge import _under_way

    said = _candidate(ex["text"], role="attribution", speaker="Judha Nugraha")
    assert bool(_under_way([0], [said])) is ex["ongoing"]


@pytest.mark.parametrize(
    ("under_way", "joins"),
    [
        ("Proses evakuasi saat ini sedang berjalan via jalan darat.", True),
        # What is under way is named only in a name ("KPK"), or not at all: another action.
        ("Kasus itu sedang ditangani KPK.", False),
        ("Saat ini kami sedang berkumpul.", False),
    ],
)
def test_a_speakers_own_action_does_not_keep_him_from_the_happening_under_way(under_way, joins):
    """A spokesman's words that the evacuation is under way as he speaks report it, though
    what he is quoted for is another action ("para WNI berkumpul"): that is what he adds of
    it, not another happening. Words under way that do not name what the reports tell
    happening keep their own action, and stay apart."""
    day = "2025-06-20"
    report = _candidate(
        "Evakuasi WNI tahap pertama dimulai, 115 WNI diberangkatkan dari Teheran menuju Baku "
        "dengan empat bus",
        day,
        "a",
        places=["Teheran", "Baku"],
    )
    said = replace(
        _candidate(
            "Judha Nugraha: para WNI berkumpul dan menginap di safe house KBRI semalam",
            day,
            "b",
            role="attribution",
            speaker="Judha Nugraha",
            actors=["Judha Nugraha"],
        ),
        cited=f'"{under_way} Sebelumnya, para WNI berkumpul dan menginap di safe house KBRI," '
        "kata Judha Nugraha, Jumat (20/6/2025).",
    )
    fillers = [
        "Evakuasi warga korban banjir dimulai",
        "Pemerintah memulangkan WNI dari Malaysia",
        "Presiden tiba di Baku",
    ]
    clusters = _step3([report, said], fillers)
    assert (clusters[0] == [0, 1]) is joins


def test_two_matches_at_one_hall_a_day_apart_are_two():
    """Two days' matches at one hall are alike in every word but their opponent: not one
    match dated two ways."""
    first = _candidate(
        "Laga ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, Rabu malam",
        "2025-06-18",
        "a",
        sides=["indonesia", "thailand"],
    )
    second = _candidate(
        "Duel ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, Kamis malam",
        "2025-06-19",
        "b",
        sides=["bahrain"],
    )
    clusters = _step3([first, second], ["Voli putra Indonesia menang", "Pelatih memanggil"])
    assert clusters[0] == [0] and clusters[1] == [1]


def test_a_report_that_tells_only_where_is_headlined_by_what_it_points_back_to():
    """A report whose subject points back ("Laga ini berlangsung di ...") tells only where and
    when; the sentence before tells the match: the event is headlined by it, and cited with it."""
    body = (
        "Timnas voli putra Indonesia menghadapi Thailand pada laga perdana AVC Nations Cup. "
        "Laga ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, Rabu (18/6/2025)."
    )
    (event,) = extract_events([_article(body, "2025-06-19")])
    assert (
        event.title
        == "Timnas voli putra Indonesia menghadapi Thailand pada laga perdana AVC Nations Cup"
    )
    # Its source cites both sentences, as its paragraph writes them.
    assert event.sources[0].quote == body


@pytest.mark.parametrize(
    ("second_party", "joins"), [("Zarof Ricar", True), ("Lisa Rachmat", False)]
)
def test_one_judges_words_about_two_defendants_are_two_verdicts(second_party, joins):
    """The judge's words of one day join as one statement, however many of them name no
    defendant; not when each cluster names a different one ("terdakwa ...": ``case_roles``)."""
    day = "2025-06-18"
    judge = "Rosihan Juhriah Rangkuti"

    def said(text: str, article: str) -> Candidate:
        return _candidate(
            f"{judge}: {text}", day, article, role="attribution", speaker=judge, actors=[judge]
        )

    told = [
        said("Mengadili, menyatakan terdakwa Zarof Ricar terbukti bersalah", "a"),
        said("Menjatuhkan pidana penjara selama 16 tahun kepada terdakwa", "a"),
        said(f"Menjatuhkan pidana penjara kepada terdakwa {second_party} selama 11 tahun", "b"),
        said("Menyatakan terdakwa terbukti bersalah, menjatuhkan pidana penjara", "b"),
    ]
    fillers = ["Hakim membacakan putusan", "Jaksa menuntut penjara"]
    clusters = _step3(told, fillers, clusters=[[0, 1], [2, 3]])
    assert (clusters[0] == [0, 1, 2, 3]) is joins


def test_one_days_demonstrations_in_two_cities_are_two():
    """Outlets tell students' demonstrations of one day in the same words ("Pantauan di
    lokasi, ... massa mahasiswa tiba"), each article in its city: two cities' are two
    (``local_happenings``), where one city's are one."""

    def demo(city: str, aid: str, words: str) -> Article:
        return Article(
            id=aid,
            title=f"Demo Mahasiswa di {city}, Lalu Lintas Macet",
            body=f"Ratusan mahasiswa menggelar demo di depan kantor gubernur di {city}. "
            f"Pantauan di lokasi, Senin (20/10/2025), {words} sekitar pukul 15.00.",
            outlet=aid,
            published=dt.date(2025, 10, 20),
        )

    def days(articles: list[Article]) -> list[list[str]]:
        found = [e for e in extract_events(articles) if e.date == "2025-10-20"]
        return sorted(sorted({s.article for s in e.sources}) for e in found)

    said = "massa mahasiswa tiba membawa spanduk tuntutan"
    assert days([demo("Makassar", "a", said), demo("Semarang", "b", said)]) == [["a"], ["b"]]
    assert days([demo("Semarang", "a", said), demo("Semarang", "b", said)]) == [["a", "b"]]


DEMO = (
    "2025-10-20",
    "Pantauan detikJateng, para mahasiswa Semarang tiba di Jalan Pahlawan membawa poster",
    "Unjuk rasa itu dilakukan oleh BEM Semarang Raya dan GERAM di depan gerbang",
    ["Mahasiswa menggelar diskusi", "Polisi menjaga gerbang kantor"],
)
ERUPTION = (
    "2025-06-18",
    "Badan Geologi melaporkan Gunung Marapi erupsi dengan tinggi kolom letusan 250 meter di "
    "atas puncak",
    "Menurut Badan Geologi, asap teramati berwarna kelabu dengan intensitas sedang condong ke "
    "timur laut",
    ["Hujan abu turun di desa sekitar", "Warga diminta menjauhi puncak"],
)


@pytest.mark.parametrize(
    ("told", "first", "second", "joins"),
    [
        (DEMO, {"where": ["Semarang", "Jawa Tengah"]}, {"where": ["Jateng"]}, True),
        (DEMO, {"where": ["Semarang", "Jawa Tengah"]}, {"where": ["Makassar"]}, False),
        (ERUPTION, {"things": ["marapi"]}, {"things": ["marapi"]}, True),
        (ERUPTION, {"things": ["marapi"]}, {"things": ["semeru"]}, False),
    ],
)
def test_one_places_or_things_happening_of_one_day_however_told_is_one(told, first, second, joins):
    """Two outlets tell one happening of one day in few words alike: one at half the
    likeness, when both tell it in one place ("Jateng" is "Jawa Tengah": a city's
    demonstration) or of one thing (an eruption whose sentence names no volcano, its title
    does: "asap teramati berwarna kelabu"); another city's or volcano's is not."""
    day, a, b, words = told
    pair = [_candidate(a, day, "a", **first), _candidate(b, day, "b", **second)]
    assert (_step3(pair, words)[0] == [0, 1]) is joins


@pytest.mark.parametrize(
    ("told", "joins"),
    [
        ("Prabowo bertemu Putin di St Petersburg, Rusia", True),
        ("Indonesia dan Rusia menyepakati kerja sama di St Petersburg", False),
    ],
)
def test_very_alike_clusters_one_article_dates_both_are_one(told, joins):
    """One article dating two clusters of a day mostly tells two happenings; not when the
    two are very alike (CONFLICT): one meeting the article tells in two places, each part
    joined with another outlet's words."""
    day = "2025-06-19"
    told_by = [
        (
            "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Istana "
            "Konstantinovsky, St Petersburg",
            "a",
            0,
        ),
        ("Prabowo bertemu Putin di Istana Konstantinovsky", "b", 1),
        ("Prabowo dan Putin bertemu di St Petersburg membahas kerja sama", "b", 9),
        (told, "c", 0),
    ]
    fillers = ["Gubernur meresmikan pasar", "Menteri meninjau banjir"]
    told = [_candidate(text, day, art, sentence=n) for text, art, n in told_by]
    clusters = _step3(told, fillers, [[0, 1], [2, 3]])
    assert (clusters[0] == [0, 1, 2, 3]) is joins


def test_a_date_of_an_earlier_year_is_no_plan():
    """One sentence plans one date and names a case of earlier years: the plan is the
    later date's; what is dated years before the article is not planned."""
    text = (
        "Kejaksaan Agung telah menjadwalkan pemeriksaan terhadap Nadiem Makarim terkait kasus "
        "pengadaan laptop tahun 2019 pada Senin, 23 Juni 2025."
    )
    found = {c.date: c.status for c in article_candidates(_article(text, "2025-06-20"))}
    assert found.get("2025-06-23") == "planned"
    assert found.get("2019") == "happened", found


def test_a_headline_after_an_opening_phrase_is_what_follows_it():
    """A title that opens with a phrase and its comma is headlined by the news after it;
    not when that starts with a verb or a weak word (the title stays)."""

    def headline(text: str) -> str:
        (c,) = [
            c for c in article_candidates(_article(text, "2025-06-20")) if c.date == "2025-06-17"
        ]
        return c.headline or c.title

    assert headline(
        "Dalam kabel diplomatik yang dikirim pada Selasa (17/6/2025), Departemen Luar Negeri AS "
        "meminta pemeriksaan visa."
    ).startswith("Departemen Luar Negeri AS meminta")
    kept = headline(
        "Dalam rapat yang digelar pada Selasa (17/6/2025), tapi tidak ada keputusan diambil."
    )
    assert not kept.startswith("Tapi"), kept
    # An opening phrase as long as a headline: the news after it, whole ("Hampir seratus
    # agitator ..." was headlined "Untuk mengekspresikan hak-hak ...", a fragment).
    assert headline(
        '"Setelah ribuan orang berkumpul untuk mengekspresikan hak-hak konstitusional mereka '
        "yang dilindungi Amandemen ke-1 secara damai pada Selasa (17/6/2025), hampir seratus "
        'agitator berdemo menuju Aliso dan Alameda di mana mereka menggunakan laser," ungkap '
        "Divisi Pusat LAPD di X."
    ).startswith("Hampir seratus agitator berdemo menuju Aliso")
    # Not a name the comma set off, with a phrase after it.
    named = headline(
        "Hal ini disampaikan Direktur Perlindungan WNI Kementerian Luar Negeri RI, Judha "
        "Nugraha, dalam keterangan resminya pada Selasa (17/6/2025)."
    )
    assert not named.startswith("Judha Nugraha, dalam"), named


@pytest.mark.parametrize(("said_by", "joins"), [("Judha Nugraha", False), (None, True)])
def test_a_statement_is_dated_when_it_was_said_not_as_a_conflict(said_by, joins):
    """The night the citizens spent at the embassy's safe house is the 19th ("menginap
    semalam"); the spokesman's words of the 20th telling it are his statement of the 20th,
    not a source dating that night otherwise. An outlet's own words dating it the 20th do
    disagree: a conflict."""
    night = _candidate(
        "Sebelumnya, para WNI telah berkumpul dan menginap semalam di safe house KBRI Teheran",
        "2025-06-19",
        "a",
        actors=["KBRI Teheran"],
    )
    told = _candidate(
        "Sebelumnya, para WNI berkumpul dan menginap semalam di safe house KBRI Teheran",
        "2025-06-20",
        "b",
        role="attribution" if said_by else "plain",
        speaker=said_by,
        actors=[*([said_by] if said_by else []), "KBRI Teheran"],
    )
    fillers = ["Pesawat Hercules disiapkan untuk evakuasi", "Konflik Iran dan Israel memanas"]
    clusters = _step3([night, told], fillers)
    assert (clusters[0] == [0, 1]) is joins


@pytest.mark.parametrize("cited_on", [True, False])
def test_words_an_outlet_quoted_a_day_later_are_the_days_they_were_said(cited_on):
    """A rider's words of the 17th, quoted by another outlet "dikutip Rabu (18/6)": one
    statement, of the 17th, and the day it was quoted no conflict; the same words dated the
    18th by the outlet's own attribution are two days' words."""
    from builder.events.merge import merge_candidates

    said = _candidate(
        "Bagnaia: Saya tidak sabar untuk balapan di Mugello akhir pekan ini bersama tim",
        "2025-06-17",
        "a",
        role="attribution",
        speaker="Francesco Bagnaia",
        actors=["Francesco Bagnaia"],
    )
    quoted = _candidate(
        "Bagnaia: Mugello selalu spesial, saya tidak sabar kembali membalap di depan penonton",
        "2025-06-18",
        "b",
        role="attribution",
        speaker="Francesco Bagnaia",
        actors=["Francesco Bagnaia"],
        cited_on=cited_on,
    )
    others = [
        _candidate(text, "2025-06-18", f"f{n}")
        for n, text in enumerate(["Harga cabai naik di pasar induk", "Tim nasional menang tipis"])
    ]
    events = merge_candidates([said, quoted, *others])
    mine = [e for e in events if any(s.article in ("a", "b") for s in e.sources)]
    if cited_on:
        assert [(e.date, sorted(s.article for s in e.sources)) for e in mine] == [
            ("2025-06-17", ["a", "b"])
        ]
        assert not mine[0].conflicts
    else:
        assert sorted(e.date for e in mine) == ["2025-06-17", "2025-06-18"]


@pytest.mark.parametrize(
    ("tail", "cited_on"),
    [
        ("kata Eka di Denpasar, seperti dikutip Antara, Rabu (18/6/2025).", True),
        ("sebut Putin dalam keterangan pers bersama, dikutip Rabu (18/6/2025).", True),
        ("kata Eka di Denpasar, Rabu (18/6/2025).", False),
    ],
)
def test_a_statement_dated_by_its_quoting_is_marked(tail, cited_on):
    """The date after "dikutip" ("dilansir", ...) in an attribution is when an outlet quoted
    the words (``Candidate.cited_on``), not when they were said."""
    body = f'"Kami cek semua laporan itu," {tail}'
    found = article_candidates(_article(body, "2025-06-18"))
    assert [(c.role, c.cited_on) for c in found] == [("attribution", cited_on)]


@pytest.mark.parametrize(
    ("speaker", "apart"),
    [
        ("Purbaya Yudhi Sadewa", True),
        # Not a name: a title alone, a description, may stand for either of them.
        ("Menteri Koordinator", False),
        ("salah satu pejabat Istana", False),
    ],
)
def test_two_peoples_words_at_one_place_are_two_statements(speaker, apart):
    """Two outlets quote two ministers on one day at one place ("di Kompleks Istana
    Kepresidenan, Jakarta Pusat"), on one matter: two statements, however alike where they
    were said; a speaker who is named by no name may be either, and is not told apart."""
    day = "2025-10-20"
    venue = "di Kompleks Istana Kepresidenan, Jakarta Pusat, Senin"
    place = ["Kompleks Istana Kepresidenan", "Jakarta Pusat"]

    def said(text: str, who: str, article: str) -> Candidate:
        return _candidate(
            f"{who}: {text} {venue}",
            day,
            article,
            role="attribution",
            speaker=who,
            actors=[who],
            places=place,
        )

    told = [
        said("Opsi penyelesaian utang kereta cepat masih dikembangkan, kata AHY", "AHY", "a"),
        said("Utang kereta cepat bukan urusan APBN, ujar dia", speaker, "b"),
    ]
    others = [
        _candidate(text, "2025-10-13", f"x{n}")
        for n, text in enumerate(["Harga cabai naik di pasar induk", "Tim nasional menang"])
    ]
    events = [e for e in merge_candidates([*told, *others]) if str(e.date) == day]
    assert (len(events) == 2) is apart


def test_a_day_word_that_names_the_weekdays_day_outvotes_the_figures():
    """Written on Monday the 13th, "Minggu (13/10/2025) malam kemarin": the weekday and
    "kemarin" name Sunday the 12th, the figures Monday. The statement is dated the 12th and
    the figures' reading recorded as the conflict."""
    article = Article(
        id="a",
        title="Prasetyo soal kereta cepat",
        body="Mensesneg Prasetyo Hadi bicara soal utang kereta cepat.\n\n"
        '"Presiden meminta dicarikan skema penyelesaian," ujar Prasetyo Hadi di Kertanegara, '
        "Minggu (13/10/2025) malam kemarin.",
        published=dt.date(2025, 10, 13),
    )
    (event,) = extract_events([article])
    assert str(event.date) == "2025-10-12"
    assert [(c.date, c.note) for c in event.conflicts] == [
        ("2025-10-13", "Minggu does not fall on 2025-10-13")
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # A month or a year that slipped (a template's): the publication's gives the weekday.
        ("Pertamina menurunkan harga BBM pada Minggu (1/5/2025).", "2025-06-01", "2025-06-01"),
        ('"Premi tidak turun," jelas Fankar, Rabu (18/6/2026).', "2025-06-18", "2025-06-18"),
        # Eight days before publication, a year's slip still.
        ("Polisi menetapkan tujuh tersangka pada Rabu (11/6/2026).", "2025-06-19", "2025-06-11"),
        # Neither does: the figures stand (the weekday's Friday is recorded as a conflict).
        (
            "Program BLTS telah diluncurkan pada Jumat (16/10/2025) oleh Airlangga.",
            "2025-10-19",
            "2025-10-16",
        ),
    ],
)
def test_a_slipped_month_or_year_is_read_from_the_weekday(sentence, published, date):
    article = Article(
        id="a", title="Berita", body=sentence, published=dt.date.fromisoformat(published)
    )
    (cand,) = article_candidates(article)
    assert cand.date == date
    assert cand.conflict is not None


def test_a_name_opening_both_sentences_is_named_alike():
    """A vaguer date joins a finer one of another article only when both name something
    alike; a name that opens a sentence ("Prabowo telah memakai ...") is one, though a
    sentence's first word is otherwise no name (it is capitalised whatever it is)."""
    year = _candidate(
        "Prabowo pun telah memakai mobil tersebut sejak dilantik menjadi presiden tahun lalu.",
        "2024",
        "a",
        published=dt.date(2025, 10, 21),
    )
    month = _candidate(
        "Prabowo telah memakai mobil tersebut sejak dilantik menjadi Presiden pada Oktober "
        "tahun lalu.",
        "2024-10",
        "b",
        published=dt.date(2025, 10, 21),
    )
    others = [
        _candidate(text, "2025-10-13", f"x{n}")
        for n, text in enumerate(["Harga cabai naik di pasar induk", "Tim nasional menang"])
    ]
    events = [e for e in merge_candidates([year, month, *others]) if str(e.date) < "2025"]
    assert [str(e.date) for e in events] == ["2024-10"]


@pytest.mark.parametrize(
    "first, second",
    [
        ("Rabu (18/6/2025)", "Kamis (19/6/2025)"),
        # The weekday agreeing with the day and month it is written with, the year is not
        # needed: "Rabu (18/6)" is as sure as "Rabu (18/6/2025)".
        ("Rabu (18/6)", "Kamis (19/6)"),
        ("Rabu, 18 Juni", "Kamis, 19 Juni"),
    ],
)
def test_two_days_written_in_full_are_two_happenings_however_alike(first, second):
    """Two reports, "Laga ini berlangsung di Isa Bin Rashid Hall, ..., Rabu (18/6/2025)" and
    "Duel ini berlangsung di Isa Bin Rashid Hall, ..., Kamis (19/6/2025)", are nearly word for word
    alike, but both sources write their day in full, each on its weekday: the match with
    Thailand and the match with Bahrain, not one happening two sources date two ways."""

    def article(aid: str, before: str, sentence: str, published: dt.date) -> Article:
        return Article(
            id=aid, title="Voli putra", body=f"{before}\n\n{sentence}", published=published
        )

    articles = [
        article(
            "a",
            "Timnas voli putra Indonesia menang 3-2 atas Thailand di laga perdana Grup A.",
            f"Laga ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, {first}.",
            dt.date(2025, 6, 19),
        ),
        article(
            "b",
            "Timnas voli putra Indonesia kalah 0-3 dari tuan rumah Bahrain di laga kedua Grup A.",
            f"Duel ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, {second}.",
            dt.date(2025, 6, 20),
        ),
    ]
    others = [
        article(f"x{n}", "", text, dt.date(2025, 6, 19))
        for n, text in enumerate(
            [
                "Harga cabai naik di pasar induk Kramat Jati pada Rabu (18/6/2025).",
                "Gubernur meresmikan jembatan baru di Bogor pada Kamis (19/6/2025).",
                "Timnas sepak bola berlatih di Stadion Madya pada Rabu (18/6/2025).",
            ]
        )
    ]
    events = extract_events(articles + others)
    hall = [e for e in events if "Isa Bin Rashid" in e.summary]
    assert sorted(str(e.date) for e in hall) == ["2025-06-18", "2025-06-19"]


def test_a_report_that_points_back_is_compared_with_what_it_points_to():
    """A report that points back ("Laga ini berlangsung di ...") is compared with the words of
    the sentence before, which names the match it is; one naming its own subject is not."""
    body = (
        "Timnas voli putra Indonesia menang 3-2 atas Thailand di laga perdana.\n\n"
        "Laga ini berlangsung di Isa Bin Rashid Hall, Manama, Bahrain, Rabu (18/6/2025).\n\n"
        "Pelatih memuji para pemain.\n\n"
        "Timnas kembali berlatih di Manama pada Kamis (19/6/2025)."
    )
    article = Article(id="a", title="Voli", body=body, published=dt.date(2025, 6, 19))
    first, second = article_candidates(article)
    assert "Thailand" in first.context
    assert "Pelatih" not in second.context


def test_a_sentence_saying_who_said_the_quotation_before_dates_that_statement():
    """'"...," katanya. Hal itu disampaikan X dalam rapat ..., Rabu': X's statement of that
    day, headlined by what the quotation says and citing both sentences. After the outlet's
    own words, the sentence is read as any other."""
    quoted = article_candidates(
        _article(
            '"Pasal itu menjamin hak advokat agar tidak dituntut," katanya. Hal itu '
            "disampaikan Habiburokhman dalam rapat dengar pendapat umum di kompleks parlemen, "
            "Rabu (18/6/2025).",
            "2025-06-18",
        )
    )
    (c,) = quoted
    assert (c.date, c.role, c.speaker) == ("2025-06-18", "attribution", "Habiburokhman")
    assert c.title.startswith("Habiburokhman: Pasal") and "menjamin hak advokat" in c.title
    assert c.cited and c.cited.startswith('"Pasal itu') and c.cited.endswith("(18/6/2025).")
    plain = article_candidates(
        _article(
            "Komisi III menjamin hak advokat dalam revisi KUHAP. Hal itu disampaikan "
            "Habiburokhman dalam rapat dengar pendapat umum di kompleks parlemen, Rabu "
            "(18/6/2025).",
            "2025-06-18",
        )
    )
    assert [c.role for c in plain if c.date == "2025-06-18"] == ["plain"]


@pytest.mark.parametrize(
    ("lead", "cited"),
    [
        # The outlet's words of what he said, then "Ia ...": both say what his words are about.
        (
            "Purbaya menegaskan tidak akan mengalihkan APBN untuk pendirian family office. "
            "Ia mempersilakan DEN untuk mendirikannya sendiri.",
            True,
        ),
        # Where the outlet took it from, then his view ("Menurutnya, ..."): both his.
        (
            "Dilansir detikFinance, Purbaya menekankan APBN tidak akan dialihkan. "
            "Menurutnya, family office bisa didirikan tanpa uang negara.",
            True,
        ),
        # A view alone names no one whose it is.
        ("Menurutnya, family office bisa didirikan tanpa uang negara.", False),
        # Someone else's words before his quotation are not his.
        ("Luhut menyatakan family office akan dibangun tanpa APBN.", False),
        # Nor is what the outlet tells of him without a word of saying.
        ("Purbaya tiba di kantor pajak pukul 09.00 WIB.", False),
    ],
)
def test_a_statement_cites_what_the_outlet_says_he_said_before_his_quotation(lead, cited):
    body = (
        f"{lead}\n\n"
        '"Saya sudah dengar lama isu itu, tapi biar saja. Saya anggarannya nggak akan alihkan '
        'ke sana," kata Purbaya di Kantor Pusat DJP, Jakarta, Senin (13/10/2025).'
    )
    (cand,) = [c for c in article_candidates(_article(body, "2025-10-14")) if c.speaker]
    assert cand.role == "attribution"
    assert (lead in (cand.cited or "")) is cited
    assert (cand.cited or cand.quote).endswith("Senin (13/10/2025).")
    # A citation is found verbatim in its article, across the paragraph break too.
    assert (cand.cited or cand.quote) in body


@pytest.mark.parametrize(
    ("said", "date"),
    [
        # A plan told the day after its day is this year's.
        ("15 Juni", "2025-06-15"),
        # Well before the day of writing, a plan without a year is next year's.
        ("1 Juni", "2026-06-01"),
    ],
)
def test_a_plan_told_after_its_day_is_this_years(said, date):
    body = f"Helikopter Aryan Aviation dijadwalkan terbang pada {said} untuk operasi pertama."
    (cand,) = article_candidates(_article(body, "2025-06-16"))
    assert cand.date == date


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # The subject borrowed by a clause without one is not a place it went to.
        (
            "Nasaruddin Umar bertolak ke Tanah Air setelah sejak 29 Mei 2025 berada di Arab "
            "Saudi memantau langsung pelaksanaan ibadah haji.",
            "Nasaruddin Umar berada di Arab Saudi memantau langsung pelaksanaan ibadah haji",
        ),
        # A relative clause's noun without "Bagi"; the clause ends where "mereka" resumes.
        (
            "Bagi jamaah haji yang tiba di Arab Saudi pada gelombang II keberangkatan pada 18 "
            "Mei 2025, mereka masih berada di Arab Saudi.",
            "Jamaah haji tiba di Arab Saudi pada gelombang II keberangkatan",
        ),
    ],
)
def test_headlines_of_clauses_that_borrow_their_subject(body, title):
    (cand,) = article_candidates(_article(body, "2025-06-18"))
    assert cand.title == title


@pytest.mark.parametrize("ex", EVENTS["goes_on_examples"], ids=lambda e: e["text"][:40])
def test_goes_on_examples(ex):
    """A sentence that tells more of the same moment as the one before opens so."""
    assert bool(CUES.goes_on.match(ex["text"])) is ex["goes_on"]


def test_a_report_is_cited_with_the_sentence_telling_more_of_its_moment():
    body = (
        "Lalu, pada 5 Oktober 2025, para pelaku kembali melancarkan aksinya. Awalnya, korban "
        "dihubungi pelaku DS dan meminta uang Rp 15 juta. Polisi lalu menyelidikinya."
    )
    (cand,) = article_candidates(_article(body, "2025-10-08"))
    assert cand.cited == (
        "Lalu, pada 5 Oktober 2025, para pelaku kembali melancarkan aksinya. Awalnya, korban "
        "dihubungi pelaku DS dan meminta uang Rp 15 juta."
    )


def test_a_report_is_not_cited_with_a_sentence_dating_its_own_moment():
    body = (
        "Lalu, pada 5 Oktober 2025, para pelaku kembali melancarkan aksinya. Saat itu, pada "
        "Senin (6/10/2025), korban menyerahkan uang."
    )
    first = article_candidates(_article(body, "2025-10-08"))[0]
    assert first.date == "2025-10-05" and first.cited is None


@pytest.mark.parametrize(
    ("body", "date", "status", "title"),
    [
        (
            "Program pemutihan di Jawa Barat berlaku sampai 30 Juni 2025.",
            "2025-06-30",
            "planned",
            "Program pemutihan di Jawa Barat berakhir",
        ),
        (
            "Diskon tarif tol masih berlaku hingga Senin (9/6/2025).",
            "2025-06-09",
            "planned",
            "Diskon tarif tol berakhir",
        ),
        (
            "Pendaftaran program itu dibuka hingga Senin (16/6/2025).",
            "2025-06-16",
            "happened",
            "Pendaftaran program berakhir",
        ),
    ],
)
def test_the_day_a_validity_ends_is_a_happening(body, date, status, title):
    published = "2025-06-18" if status == "happened" else "2025-06-08"
    (cand,) = article_candidates(_article(body, published))
    assert (cand.date, cand.status, cand.role, cand.title) == (date, status, "span_end", title)


@pytest.mark.parametrize(
    ("body", "date", "opening"),
    [
        (
            "Pemprov Jatim kembali memperpanjang program keringanan dasar pengenaan PKB dan BBNKB "
            "bagi seluruh kendaraan yang terdaftar di wilayah Jatim hingga 31 Desember 2025.",
            "2025-12-31",
            "Pemprov Jatim kembali memperpanjang program keringanan",
        ),
        (
            "Presiden Amerika Serikat (AS) Donald Trump memberi perpanjangan waktu bagi ByteDance "
            "untuk melepas aset TikTok di AS hingga 17 September 2025.",
            "2025-09-17",
            "Presiden Amerika Serikat Donald Trump memberi perpanjangan waktu bagi ByteDance",
        ),
    ],
)
def test_the_day_an_extension_runs_to_is_the_extensions(body, date, opening):
    (cand,) = article_candidates(_article(body, "2025-06-20"))
    assert (cand.date, cand.status, cand.role) == (date, "planned", "span_end")
    assert cand.title.startswith(opening), cand.title


@pytest.mark.parametrize(
    "body",
    [
        '"Kita lihat ketidakpastian ini akan lebih permanen," kata Sri Mulyani dalam acara '
        "CNBC Indonesia Economic Update 2025 di Hotel Borobudur, Rabu (18/6/2025).",
        "Danantara bakal mendapatkan dividen Rp 150 triliun. Hal tersebut diungkapkan oleh COO "
        "Danantara Dony Oskaria dalam acara Breakfast Meeting Kuartal Pertama Danantara, di "
        "Hutan Kota, Jakarta Pusat, Rabu (18/6/2025).",
    ],
)
def test_a_statement_is_of_its_day_not_of_its_occasions_year(body):
    cands = article_candidates(_article(body, "2025-06-18"))
    dates = {c.date for c in cands if "Rabu (18/6/2025)" in c.quote}
    assert dates == {"2025-06-18"}, dates


@pytest.mark.parametrize(
    "body, ends",
    [
        (
            "Pemusatan latihan Timnas U-23 akan digelar mulai 20 Juni hingga 14 Juli, sedangkan "
            "Piala AFF U-23 baru akan bergulir pada 15-29 Juli di Indonesia.",
            [
                ("2025-07-14", "span_end", "Pemusatan latihan Timnas U-23 berakhir"),
                ("2025-07-29", "span_end", "Piala AFF U-23 berakhir"),
            ],
        ),
        # Headlined by who takes part: it ends as what they take part in.
        (
            "Vanenburg memanggil 30 pemain untuk mengikuti pemusatan latihan di Jakarta, 20 Juni "
            "hingga 14 Juli 2025.",
            [("2025-07-14", "span_end", "Pemusatan latihan di Jakarta berakhir")],
        ),
        # Words of aspect before the verb of who takes part.
        (
            "Timnas Indonesia U-23 akan menjalani pemusatan latihan (TC) di Jakarta pada 20 Juni "
            "sampai 14 Juli 2025.",
            [("2025-07-14", "span_end", "Pemusatan latihan di Jakarta berakhir")],
        ),
        # A phrase that only asks the reader to note it is no part of what lasts.
        (
            "Perlu diketahui, Piala AFF U-23 2025 digelar di Indonesia pada 15-29 Juli 2025.",
            [("2025-07-29", "span_end", "Piala AFF U-23 berakhir")],
        ),
        (
            "Rencananya, pemusatan latihan tersebut bakal berlangsung di Jakarta dari 20 Juni "
            "hingga 14 Juli 2025.",
            [("2025-07-14", "span_end", "Pemusatan latihan berakhir")],
        ),
        # One word of a gathering, when the sentence before tells which.
        (
            "Timnas U-23 akan tampil di Piala AFF U-23 2025. Ajang itu akan berlangsung di "
            "Indonesia pada 15-29 Juli 2025.",
            [("2025-07-29", "span_end", "Ajang berakhir")],
        ),
    ],
)
def test_a_range_a_week_long_ends_on_its_last_day_too(body, ends):
    found = [(c.date, c.role, c.title) for c in article_candidates(_article(body, "2025-06-18"))]
    for end in ends:
        assert end in found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Sehingga penegakan hukum bisa tetap berjalan di relnya.", None),
        ("Karena polisi menangkap pelaku di rumahnya.", None),
        # One that only leads in is left out; the subject after it stands.
        ("Namun pelaku melarikan diri.", "pelaku"),
        ("Penegakan hukum berjalan di relnya.", "Penegakan hukum"),
        # Nor one that opens with words of cause or despite.
        ("Atas pencapaian ini, ia meluapkan perasaannya.", "ia"),
    ],
)
def test_a_clause_opened_by_a_connective_lends_no_subject(text, subject):
    """A sentence that opens with a connective ("Sehingga ...") has no subject for a later
    clause or an unnamed speaker ("ujarnya") to borrow."""
    assert sentence_subject(text, CUES) == subject


def test_an_unnamed_speaker_is_no_pronoun():
    """An unnamed speaker ("..., ujarnya") after a sentence whose subject is "Ia" is whom
    "Ia" stands for, or no one named: never "Ia:"."""
    quote = (
        '"Belum bisa susun kata-kata yang baik," ujarnya di kawasan Menteng, Jakarta Pusat, '
        "Selasa (17/6/2025)."
    )
    unnamed = "Hari-hari Thariq berubah semenjak kehadiran anak. Ia pun merasa di rumah ramai.\n"
    named = "Penyanyi Thariq Halilintar dikaruniai anak. Ia pun merasa di rumah ramai.\n"
    titles = [
        [c.title for c in article_candidates(_article(lead + quote, "2025-06-18"))]
        for lead in (unnamed, named)
    ]
    assert titles == [
        ["Belum bisa susun kata-kata"],
        ["Thariq Halilintar: Belum bisa susun kata-kata"],
    ]


@pytest.mark.parametrize("ex", EVENTS["range_decisions"]["examples"], ids=lambda e: e["text"][:40])
def test_a_meetings_decision_is_dated_by_its_last_day(ex):
    """What a meeting of a few days decides is decided on its last day; the meeting itself
    starts on its first."""
    cands = article_candidates(_article(ex["text"], "2025-07-22"))
    assert [c.date for c in cands if c.role == "plain"] == [ex["date"]]


@pytest.mark.parametrize(
    "body",
    [
        # Too short a range.
        "KTT itu berlangsung pada 18-20 Juni 2025.",
        # Headlined by who takes part, and what they do is no happening of its own.
        "Vanenburg melatih 30 pemain di Jakarta, 20 Juni hingga 14 Juli 2025.",
        # One word of a programme, though the sentence before tells which: it may name it in
        # too many ways for the word alone to headline its end.
        "Diskon tiket pesawat 6 persen diberikan pemerintah. Program tersebut berlaku untuk "
        "keberangkatan periode 5 Juni hingga 31 Juli 2025.",
        # A list of ranges: whose last day is which is not told.
        "Asian Youth Games akan digelar di Manama 22-31 Oktober, Islamic Solidarity Games di "
        "Riyadh 7-21 November, serta SEA Games di Thailand pada 7-19 Desember 2025.",
    ],
)
def test_no_end_of_a_range_that_cannot_be_told(body):
    cands = article_candidates(_article(body, "2025-06-18"))
    assert not [c for c in cands if c.role == "span_end"], [(c.date, c.title) for c in cands]


def test_a_month_a_validity_lasts_into_is_no_end():
    body = "Pemutihan denda pajak kendaraan di Jakarta ini berlaku sampai Agustus 2025."
    assert article_candidates(_article(body, "2025-06-16")) == []


@pytest.mark.parametrize("ex", EVENTS["dated_and_examples"], ids=lambda e: e["date"])
def test_dated_and_examples(ex):
    """Two dated clauses joined by "dan" are two clauses, each dated by its own date."""
    text = ex["text"]
    start = text.index(ex["date"])
    clause = place_mention(text, start, start + len(ex["date"]), CUES, day=True)
    assert text[clause.start : clause.end] == ex["clause"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("JAKARTA, KOMPAS.com- Presiden Prabowo tiba", "Presiden Prabowo tiba"),
        ("TEMPO.CO,Jakarta-Setelah diserang", "Setelah diserang"),
        ("KOMPAS.com-Juventus membukukan keunggulan", "Juventus membukukan keunggulan"),
        # A word's hyphen is no dateline's dash.
        (
            "Undang-Undang Nomor 28 Tahun 2014 disahkan",
            "Undang-Undang Nomor 28 Tahun 2014 disahkan",
        ),
        ("Pemda-pemda diminta segera membelanjakan", "Pemda-pemda diminta segera membelanjakan"),
    ],
)
def test_a_headline_loses_the_dateline_not_a_hyphenated_word(text, kept):
    from builder.events.titles import _without_dateline

    assert _without_dateline(text, CUES) == kept


@pytest.mark.parametrize("path", eval_events.gold_files(), ids=lambda p: p.stem)
def test_every_citation_is_found_verbatim_in_its_article(path: Path, tmp_path: Path):
    """The site refuses a source whose quote its article no longer holds verbatim: every
    candidate's citation (one sentence, a quotation's sentences, or the outlet's words before
    a quotation in the paragraph above) is a slice of its article's body."""
    gold = read_gold(path)
    if gold.corpus and not (eval_events.CORPUS / gold.corpus).is_file():
        pytest.skip("the shared corpus (../shared/corpus) is not on this machine")
    articles, _ = eval_events.build_articles(gold, tmp_path)
    for article in articles:
        for c in article_candidates(article):
            assert (c.cited or c.quote) in article.body, (article.id, c.cited or c.quote)


@pytest.mark.parametrize(
    ("before", "statement"),
    [
        # What the outlet says he said, then "Hal itu diungkap Prabowo ...": his statement of
        # that day, citing both sentences, his words being what follows the verb.
        ("Prabowo menegaskan tak ada pihak yang kebal hukum.", True),
        # A happening told before is no statement, whoever the next sentence names.
        ("Prabowo tiba di Istana Negara pukul 09.00 WIB.", False),
        # Someone else's words are not his.
        ("Burhanuddin menegaskan tak ada pihak yang kebal hukum.", False),
    ],
)
def test_a_sentence_saying_who_said_the_outlets_words_before_dates_his_statement(before, statement):
    body = (
        f"{before}\n\nHal itu diungkap Prabowo dalam sidang kabinet paripurna di Istana Negara, "
        "Jakarta, Senin (20/10/2025)."
    )
    (cand,) = [c for c in article_candidates(_article(body, "2025-10-21")) if c.sentence == 1]
    assert cand.date == "2025-10-20"
    assert (cand.role == "attribution") is statement
    if statement:
        assert cand.speaker == "Prabowo"
        assert (cand.cited or "").startswith(before)
        assert "kebal hukum" in cand.title


def test_the_evaluation_table_ends_with_the_figures_of_all_golds():
    results = {
        "a": {
            "found": 9,
            "gold_events": 10,
            "split": 1,
            "wrong_date": 0,
            "sources_cited": 8,
            "sources_expected": 10,
            "boilerplate_dated": 0,
            "meets_targets": False,
        },
        "b": {
            "found": 10,
            "gold_events": 10,
            "split": 0,
            "wrong_date": 2,
            "sources_cited": 10,
            "sources_expected": 10,
            "boilerplate_dated": 1,
            "meets_targets": True,
        },
        "c": {"skipped": "no corpus"},
    }
    assert eval_events._totals(results) == (
        "all 2 golds: 19/20 found (0.95), 1 split, 2 wrong dates, sources 18/20 (0.90), "
        "1 dated by boilerplate, 1 meet the targets"
    )


@pytest.mark.parametrize(
    ("times", "events"),
    [(("02:00 WIB", "08:00 WIB"), 2), (("02:00 WIB", "02:00 WIB"), 1), (("02:00 WIB", None), 1)],
)
def test_planned_happenings_of_one_day_at_two_clock_times_are_two(times, events):
    text = "Pertandingannya dijadwalkan kick-off Minggu, 22 Juni 2025"
    cands = [
        _candidate(text, "2025-06-22", f"a{k}", status="planned", time=time)
        for k, time in enumerate(times)
    ]
    assert len(merge_candidates(cands)) == events


_VERDICT = (
    "Selebgram asal Jakarta, Vienna Varella (19), dinyatakan bersalah karena mempromosikan "
    "situs judi online. Ketua Majelis Hakim Ni Luh Suastini membacakan vonis 1,5 tahun penjara "
    "untuk Vienna.\n"
    '"Terdakwa Vienna Varella terbukti secara sah dan meyakinkan bersalah," ujar hakim Ni Luh '
    "Suastini di ruang sidang Candra, Selasa (14/10/2025)."
)


def test_a_statement_is_cited_with_the_lead_that_tells_its_occasion():
    """The judge's words are dated; the lead before them, in the outlet's words and with the
    judge as its subject, tells what the occasion was (the verdict read): it is cited with
    them, verbatim."""
    article = _article(_VERDICT, "2025-10-14")
    (cand,) = article_candidates(article)
    assert cand.date == "2025-10-14"
    assert cand.cited.startswith("Ketua Majelis Hakim Ni Luh Suastini membacakan vonis")
    assert cand.cited.endswith("Selasa (14/10/2025).") and cand.cited in article.body


def test_a_sentence_cited_again_in_a_longer_passage_of_its_article_is_cited_once():
    sentence = "Hakim Ni Luh Suastini membacakan vonis untuk Vienna pada Selasa (14/10/2025)."
    passage = f"Vienna Varella dinyatakan bersalah. {sentence}"
    alone = _candidate(sentence, "2025-10-14")
    within = replace(_candidate(sentence, "2025-10-14"), cited=passage, sentence=1)
    (event,) = merge_candidates([alone, within])
    assert [s.quote for s in event.sources] == [passage]


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # Its subject is not who speaks.
        (
            _VERDICT.replace("Ketua Majelis Hakim Ni Luh Suastini membacakan", "Jaksa membacakan"),
            "2025-10-14",
        ),
        # It tells a plan.
        (_VERDICT.replace("membacakan vonis", "akan membacakan vonis"), "2025-10-14"),
        # The occasion is no news of the day it was written.
        (_VERDICT, "2025-10-30"),
    ],
)
def test_a_lead_of_something_else_is_not_cited(body, published):
    (cand,) = article_candidates(_article(body, published))
    assert not cand.cited or not cand.cited.startswith(("Ketua", "Jaksa", "Selebgram")), cand.cited


def test_one_days_words_of_a_name_run_together_with_its_next_word_are_one_persons():
    """Scraped text runs a name's words together ("Gubernur DKI JakartaPramono AnungWibowo");
    his words of one day, quoted by two outlets, are still one statement. A tax's name
    ("Pajak Daerah") is no one else the words are about."""
    one = _candidate(
        "Pajak Daerah adalah tulang punggung pembangunan, ujar Gubernur Pramono Anung.",
        "2025-06-18",
        article="a",
        role="attribution",
        speaker="Gubernur Pramono Anung",
        actors=["Pramono Anung", "Pajak Daerah"],
    )
    other = _candidate(
        "Saya hampir setiap saat bertanya kepada Bu Lusi soal target pajak, kata Pramono.",
        "2025-06-18",
        article="b",
        role="attribution",
        speaker="Pramono AnungWibowo",
        actors=["Pramono AnungWibowo", "Lusi"],
    )
    assert len(merge_candidates([one, other])) == 1
    # Not a word too short to tell a name's first letters from another name ("Budiman").
    from builder.events.merge import _one_person_run_into

    assert not _one_person_run_into("budi", "budiman")
    assert not _one_person_run_into("ahmad budi", "ahmad budiman")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vienna mempromosikan situs judi online sejak 11 Februari hingga 16 April 2025 "
            "melalui rumahnya.",
            [("2025-02-11", "Vienna mempromosikan situs judi online")],
        ),
        # "saat ini" opens no clause: the DPR is the subject.
        (
            "DPR sendiri saat ini tengah menjalani masa reses sejak 28 Mei hingga 23 Juni 2025.",
            [("2025-05-28", "DPR tengah menjalani masa reses")],
        ),
        # What is counted over the days is no happening of the first.
        (
            "IASC menerima 135.397 laporan penipuan sejak 22 November 2024 hingga 31 Mei 2025.",
            [],
        ),
        # Nor is the day a detention is counted from, told by one word.
        (
            "Melakukan penahanan untuk 20 hari pertama, terhitung sejak tanggal 21 Oktober 2025 "
            "sampai 9 November 2025.",
            [],
        ),
    ],
)
def test_what_was_done_over_days_a_sentence_closes_is_dated_by_the_first(body, expected):
    cands = article_candidates(_article(body, "2025-10-15"))
    assert [(c.date, c.title) for c in cands] == expected


def test_a_relative_clause_of_where_a_thing_lies_leaves_the_date_to_what_was_done():
    body = (
        "Kepolisian Daerah Jawa Barat berhasil mengungkap praktik perjudian yang tersembunyi di "
        "sebuah tempat hiburan di Kota Bandung pada Selasa, 17 Juni 2025."
    )
    (cand,) = article_candidates(_article(body, "2025-06-19"))
    assert cand.date == "2025-06-17"
    assert cand.title.startswith("Kepolisian Daerah Jawa Barat berhasil mengungkap"), cand.title


def test_a_verb_the_lemma_dictionary_lacks_is_an_action_by_its_listed_stem():
    # simplemma knows no "dicopot" nor "mencopot": without "copot" in ``extra_stems`` the
    # sentence holds no action and reports nothing.
    body = "Elpi sendiri dicopot dari jabatan Plt Kadis PUPR Madina pekan lalu."
    (cand,) = article_candidates(_article(body, "2025-10-22"))
    assert cand.date == "2025-10" and cand.title.startswith("Elpi dicopot dari jabatan"), cand
    body = "Bupati Madina mencopot Elpi pada Selasa (14/10/2025)."
    (cand,) = article_candidates(_article(body, "2025-10-22"))
    assert cand.date == "2025-10-14" and cand.title == "Bupati Madina mencopot Elpi", cand


def test_words_told_with_a_later_day_than_their_article_are_of_the_weekday_before_it():
    # Written on Friday 20 June 2025; the 26th is a Thursday. Words are told after they are
    # said: the Friday is the 20th, and the figures' reading stays on record.
    body = (
        '"Tersangka RR secara diam-diam mencuri uang milik masjid," kata Kapolsek Sukmajaya '
        "AKP Rizky Firmansyah saat jumpa pers di Polsek Sukmajaya, Depok, Jumat (26/6/2025)."
    )
    (event,) = extract_events([_article(body, "2025-06-20")])
    assert (event.date, event.status) == ("2025-06-20", "happened")
    assert [(c.date, c.note) for c in event.conflicts] == [
        ("2025-06-26", "Jumat does not fall on 2025-06-26")
    ]
    # Nor is a day weeks on (wrong in more than its figure) moved to the weekday before.
    body = body.replace("(26/6/2025)", "(26/7/2025)")
    (event,) = extract_events([_article(body, "2025-06-20")])
    assert event.date == "2025-07-26", event.date
    # A day after the article whose weekday agrees is a plan told ahead, as before.
    body = "Kapolsek Rizky Firmansyah mengatakan jumpa pers akan digelar Kamis (26/6/2025)."
    (event,) = extract_events([_article(body, "2025-06-20")])
    assert event.date == "2025-06-26" and event.status == "planned"


def test_one_speakers_words_of_a_day_join_when_one_outlet_names_him_shorter():
    # "ujar Rizky di Polsek Sukmajaya": the police station is where he spoke (after his first
    # name, the name the story knows him by being longer), not someone his words are about.
    first = _article(
        "Kapolsek Sukmajaya, AKP Rizky Firmansyah Tontowiputra, mengatakan penangkapan RR "
        'berawal dari pengurus masjid yang kehilangan uang kas. "Setelah diselidiki, ternyata '
        'tersangka mencuri uang kas masjid," ujar Rizky di Polsek Sukmajaya, Jumat (20/6/2025).',
        "2025-06-20",
        aid="a",
        outlet="liputan6.com",
    )
    second = _article(
        '"Tersangka RR yang merupakan pembantu pengurus masjid secara diam-diam mencuri uang '
        'milik masjid," kata Kapolsek Sukmajaya AKP Rizky Firmansyah saat jumpa pers di Polsek '
        "Sukmajaya, Depok, Jumat (20/6/2025).",
        "2025-06-20",
        aid="b",
        outlet="detik.com",
    )
    events = [e for e in extract_events([first, second]) if not e.same_as]
    assert [sorted(s.article for s in e.sources) for e in events] == [["a", "b"]], events


@pytest.mark.parametrize("ex", EVENTS["foreign_examples"], ids=lambda e: e["text"][:40])
def test_words_quoted_from_an_outlet_abroad_are_not_dated_by_the_day_of_quoting(ex):
    dated = [c.date for c in article_candidates(_article(ex["text"], "2025-06-19"))]
    assert bool(dated) is ex["dated"], dated


def test_a_statement_is_cited_with_the_sentences_after_it_that_go_on_telling_his_words():
    body = (
        '"Ini kita jadikan solar, kita bisa," ungkap Amran dalam acara HIPMI, Senin (20/10/2025).\n'
        "Amran menegaskan, RI menjadi salah satu negara pengendali CPO dunia.\n"
        # A line of the page stands between.
        "Baca Juga\n"
        '"Kalau mereka tidak mau, kita setop ekspor," ucapnya.\n'
        '"Kami tetap membeli," tambahnya.\n'
    )
    (cand,) = article_candidates(_article(body, "2025-10-20"))
    # Two sentences on (``SAID_ON_REACH``), verbatim from the article.
    assert cand.cited == body[: body.index('\n"Kami tetap')], cand.cited
    # Someone else's words, or the outlet's own, end it.
    for after in (
        "Ketua HIPMI Akbar Himawan menegaskan, pengusaha siap membantu.\n",
        "Harga CPO sendiri naik sejak awal bulan.\n",
    ):
        told = body.split("\n")[0] + "\n" + after + body.split("\n", 3)[3]
        (cand,) = article_candidates(_article(told, "2025-10-20"))
        assert cand.cited is None, cand.cited


def test_the_day_leave_to_do_something_runs_to_is_a_happening_of_its_own():
    body = "Nasabah eksisting dapat menyesuaikan FUM hingga 30 September 2025 sesuai ketentuan."
    (cand,) = article_candidates(_article(body, "2025-06-18"))
    assert (cand.date, cand.status, cand.role) == ("2025-09-30", "planned", "span_end")
    assert cand.title.startswith("Nasabah eksisting dapat menyesuaikan FUM"), cand.title
    body = (
        "Proteksi poin peringkat ini membuat Daniel tidak dapat bertanding dalam waktu tiga "
        "bulan sampai dengan tanggal 16 Agustus 2025."
    )
    assert [c.date for c in article_candidates(_article(body, "2025-06-18"))] == ["2025-08-16"]
    # Not a figure it may reach ("hingga Rp 10.000"), which is no day.
    body = "Harga cabai bisa naik hingga Rp 10.000 per kilogram."
    assert article_candidates(_article(body, "2025-06-18")) == []


def test_a_rule_ones_words_name_is_no_one_they_are_about():
    # "Pedoman Penyelenggaraan ULD" and its name written out are one guideline, and no one a
    # statement is about: one official's words of a day in two articles are one event.
    said = (
        '"Pedoman ini akan menjadi KMA yang bersifat mengikat," kata Plh. Direktur KSKK '
        "Madrasah, Abdul Basit, di Tangerang Selatan, Rabu (18/6/2025)."
    )
    first = _article(
        f"Kemenag menyusun Pedoman Penyelenggaraan ULD.\n{said}", "2025-06-20", aid="a"
    )
    second = _article(
        f"Kemenag menyusun Pedoman Penyelenggaraan Unit Layanan Disabilitas.\n{said}",
        "2025-06-20",
        aid="b",
    )
    events = [e for e in extract_events([first, second]) if not e.same_as]
    assert [sorted(s.article for s in e.sources) for e in events] == [["a", "b"]], events
