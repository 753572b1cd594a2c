"""The cues that turn a dated sentence into an event: status, citations, clauses, titles.

All words come from ``builder/lang/<code>/events.yaml``; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import load_data

__all__ = ["Cues", "get_cues", "words_pattern"]


def words_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` as whole words, longest first, spaces flexible."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    alt = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)
    return rf"(?<!\w)(?:{alt})(?!\w)"


_NEVER = re.compile(r"(?!x)x")


def _any(patterns: list[str], form: str = "ANY", flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Regular expressions as one alternation (case-blind unless ``flags`` say otherwise),
    written into ``form`` where it says ANY; a pattern that never matches when the language
    lists none."""
    if not patterns:
        return _NEVER
    return re.compile(form.replace("ANY", "|".join(patterns)), flags)


def _language(code: str) -> dict:
    """The language's general data (language.yaml), the Indonesian one when it has none."""
    return load_data(code, "language") or load_data("id", "language")


#: One item of a list of names: up to four capitalised words ("Badan Meteorologi").
_ITEM = r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}"


def _name_lists(joins: list[str]) -> dict[str, re.Pattern[str]]:
    """The patterns of a list of names, its last item joined by one of ``joins``."""
    join = rf"(?:{'|'.join(map(re.escape, joins))}) " if joins else "(?!x)x"
    return {
        "list_before": re.compile(rf"{_ITEM}(?:, {_ITEM})+$"),
        "list_item_before": re.compile(rf"{_ITEM}$"),
        "list_after": re.compile(rf", (?:{join})?{_ITEM}(?:, | {join}|, {join})[A-Z]"),
        "list_join": re.compile(join),
    }


def _words(words: list[str], form: str = "WORDS") -> re.Pattern[str]:
    """``words`` as a case-blind pattern, written into ``form`` where it says WORDS; a
    pattern that never matches when the language lists none."""
    if not words:
        return _NEVER
    return re.compile(form.replace("WORDS", words_pattern(words)), re.IGNORECASE)


def _speech_aside(verbs: list[str]) -> re.Pattern[str]:
    """A speech verb and its speaker set off by commas, or opening a sentence, before the
    sentence goes on in lower case: "..., kata Harryo, sempat kabur", "Kata Idas, terduga
    ...", "..., katanya, dimasak" (a verb that names its speaker itself needs no name)."""
    named = [v for v in verbs if v.endswith("nya")]
    return re.compile(
        rf"(?:,\s*|^)(?:(?:{words_pattern(verbs)})(?:\s+[^,.;\s]+){{1,4}}"
        rf"|(?:{words_pattern(named) if named else '(?!)'})),\s+(?=(?-i:[a-z]))",
        re.IGNORECASE,
    )


def _origin(words: list[str], links: list[str]) -> re.Pattern[str]:
    """A short noun (with its pointing word), one of ``words``, at most a comma, one of
    ``links``, then the happening that started it (``told``)."""
    if not words or not links:
        return _NEVER
    return re.compile(
        rf"^(?:[^\s,]+\s){{0,2}}(?:{words_pattern(words)})[\s,]+(?:{words_pattern(links)})\s+"
        rf"(?P<told>.+)$",
        re.IGNORECASE,
    )


def _subject_aside(words: list[str]) -> re.Pattern[str]:
    """A subject of one to four words, an aside opened by one of ``words`` and closed by a
    comma, then a word and the rest."""
    if not words:
        return _NEVER
    return re.compile(
        rf"^(?P<subject>(?:[^\s,]+\s){{0,3}}[^\s,]+)\s(?:{words_pattern(words)})\s[^,]{{3,120}},\s"
        rf"(?P<rest>(?P<verb>[^\W\d_]+)\s.+)$",
        re.IGNORECASE,
    )


def _comparison(data: dict) -> re.Pattern[str]:
    """What a figure is compared with, right before its date: a comparison's word and its
    fillers ("dibandingkan periode yang sama tahun 2023"), or a change, a few words of its
    figure and the word it counts from ("naik 28% dari 2023")."""
    fillers = words_pattern(data.get("comparison_fillers") or [chr(0)])
    tail = rf"\s+(?:(?:{fillers})\s+)*$"
    forms = []
    if cues := data.get("comparison_cues"):
        forms.append(rf"(?:{words_pattern(cues)})")
        # Or the figure compared with before it ("dibandingkan Rp7,35 miliar pada 2023").
        forms.append(
            rf"(?:{words_pattern(cues)})\s+(?=[^,;]*\d)(?:[^\s;]*[^\s,;]\s+){{1,3}}?"
            rf"(?:{fillers})"
        )
    if (changes := data.get("comparison_changes")) and (start := data.get("comparison_from")):
        # The figure's words, none ending a clause with its comma.
        figure = r"(?:[^\s;]*[^\s,;]\s+){0,3}"
        forms.append(rf"(?:{words_pattern(changes)})\s+{figure}(?:{words_pattern(start)})")
    if not forms:
        return _NEVER
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)}){tail}", re.IGNORECASE)


def _ends_in(cues: list[str], units: list[str]) -> str:
    """A pattern for text that ends in one of ``cues``, a date unit maybe after it ("sejak
    tahun", "per tanggal"): where the date follows."""
    unit = rf"(?:{words_pattern(units)}\s+)?" if units else ""
    return rf"(?:{words_pattern(cues)})\s+{unit}$"


def _effective(data: dict, units: list[str]) -> re.Pattern[str]:
    """A change word, at most six words before an until cue that ends the text: "berlaku
    per", "dinaikkan statusnya ke tahap penyidikan per tanggal"."""
    until = data.get("until", [])
    if not until:
        return _NEVER
    return _words(
        data.get("words", []), rf"WORDS(?:\s+[^\s,.;]+){{0,6}}?\s+{_ends_in(until, units)}"
    )


def _span_end(data: dict, units: list[str]) -> re.Pattern[str]:
    """A word of validity, at most three words before an until cue that ends the text
    ("berlaku sampai", "diperpanjang hingga"), or a word of extension at most
    ``extends_reach`` words before it, none a clause's comma ("memperpanjang program
    keringanan ... bagi seluruh kendaraan ... hingga"), or a word of what one may do at most
    ``permits_reach`` words before it ("dapat menyesuaikan FUM hingga"): the groups
    ``valid``, ``extends`` and ``permits`` tell which."""
    until = data.get("until", [])
    if not until:
        return _NEVER
    ends = _ends_in(until, units)
    reaches = [
        ("valid", data.get("words", []), 3),
        ("extends", data.get("extends", []), data.get("extends_reach", 3)),
        ("permits", data.get("permits", []), data.get("permits_reach", 3)),
    ]
    forms = [
        rf"(?P<{name}>{words_pattern(words)})(?:\s+[^\s,.;]+){{0,{int(reach)}}}?\s+{ends}"
        for name, words, reach in reaches
        if words
    ]
    if not forms:
        return _NEVER
    return re.compile("|".join(forms), re.IGNORECASE)


@dataclass
class Cues:
    """The compiled cues of one language."""

    code: str
    expected: re.Pattern[str]
    planned: re.Pattern[str]
    happened: re.Pattern[str]
    conditional: re.Pattern[str]
    #: An ending that gives a word its own subject ("katanya", "ujarnya"): it names no one.
    own_subject: re.Pattern[str]
    #: A future denied ("nggak akan"): a refusal, no plan.
    refusal: re.Pattern[str]
    #: A happening under way as someone speaks ("saat ini sedang berjalan").
    ongoing: re.Pattern[str]
    citation: re.Pattern[str]
    citation_lead: re.Pattern[str]
    accessed: re.Pattern[str]
    speech: re.Pattern[str]
    #: A speaker set off by commas inside a sentence that goes on ("Riky, kata Harryo,
    #: sempat kabur"), or opening it ("Kata Idas, terduga pelaku diamankan"): an aside a
    #: headline leaves out.
    speech_aside: re.Pattern[str]
    #: Where the speaker's name ends in an attribution tail ("kata Gus Ipul saat ...").
    speaker_end: re.Pattern[str]
    #: Where a statement was made, after its speaker: "saat membacakan amar putusan".
    occasion: re.Pattern[str]
    #: Occasions that are only how a journalist heard it ("saat dihubungi").
    occasion_not: re.Pattern[str]
    #: Where an occasion's venue starts ("konferensi di Bandara Kualanamu").
    venue: re.Pattern[str]
    #: Where an occasion says what it came after ("pernyataan bersama usai pertemuan ...").
    occasion_after: re.Pattern[str]
    speaker_max_words: int
    #: Languages an article borrows words from for names of offices and firms ("Chief
    #: Economist", "GAC International"): a word of their dictionaries starts no person's name.
    loan_languages: tuple[str, ...]
    #: Words after "kata X" that make it no attribution tail ("bahwa"), and phrases that
    #: are still one ("dalam keterangan tertulis yang diterima").
    tail_stop: re.Pattern[str]
    #: What opens a sentence that says who said the sentence before ("Hal itu disampaikan
    #: ..."); the tail of an attribution follows it.
    said_before: re.Pattern[str]
    tail_allow: re.Pattern[str]
    #: All that may stand between a speech verb after its speaker and the date of the words
    #: ("Cointelegraph melaporkan pada hari Jumat").
    said_on: re.Pattern[str]
    nickname: re.Pattern[str]
    reporting: re.Pattern[str]
    span: re.Pattern[str]
    #: Words that make what comes before "sejak" a change of state, dated by it.
    state_change: re.Pattern[str]
    #: A verb before "sejak" and a day that make the day when it was begun to be done
    #: ("ditutup sejak 3 April 2025"), and one right after the day ("berada di ...").
    started: re.Pattern[str]
    started_after: re.Pattern[str]
    #: Verbs before "sejak" whose start is a happening at any precision (see ``started``).
    started_any: re.Pattern[str]
    until: re.Pattern[str]
    #: The until cues that also tell the day a figure is counted at ("hingga Agustus 2025",
    #: "per Maret 2025"; not "selama" or "sepanjang", the period it covers).
    as_of: re.Pattern[str]
    #: A validity before an until cue ("berlaku sampai 30 Juni 2025"): the date is when it
    #: ends, a happening of its own; ``ends_word`` headlines it ("... berakhir").
    span_end: re.Pattern[str]
    span_end_word: re.Pattern[str]
    ends_word: str
    #: Words of aspect before the validity word, dropped before ``ends_word`` ("masih").
    ends_drop: re.Pattern[str]
    #: The fewest days of a range whose last day is a happening too, and the words of what
    #: may be such a range ("turnamen", "program").
    range_days: int
    range_thing: re.Pattern[str]
    #: Of those, what one word may name when the sentence before tells which ("Turnamen").
    range_gathering: re.Pattern[str]
    #: Words of a decision dated by a range of days at most ``decision_days`` long: a
    #: meeting's decision is taken on its last day ("RDG ... pada 17 dan 18 Juni 2025
    #: memutuskan ...").
    decision: re.Pattern[str]
    decision_days: int
    #: A change before an until cue that dates when it takes effect ("berlaku per 21 April").
    effective: re.Pattern[str]
    #: The same change right after the date ("per 31 Agustus sudah dihentikan"), and the
    #: until cues it makes the day the change takes effect ("per").
    effective_after: re.Pattern[str]
    effective_until: re.Pattern[str]
    #: What a figure is compared with ("naik 28% dibandingkan tahun 2023"): no happening.
    comparison: re.Pattern[str]
    #: The words of ``comparison``, which tell no action ("dibandingkan" is no "banding").
    comparison_words: frozenset[str]
    dateline: re.Pattern[str]
    period: re.Pattern[str]
    #: Words right before a date that make it such a period: the day one ends ("tahun buku
    #: yang berakhir pada"), the year a dividend is of ("dividen 2024").
    period_before: re.Pattern[str]
    #: A period's year and more years listed after it, right before a date: the date is one
    #: of the list ("tahun anggaran 2017, 2018, 2020").
    period_list: re.Pattern[str]
    #: Words before a date that make it a person's attribute ("pemain kelahiran 5 Januari
    #: 2001 itu", "mahasiswa angkatan 2022"), which dates nothing the sentence reports.
    attribute: re.Pattern[str]
    #: A vehicle's kind or maker and its model, right before the year it was made ("motor
    #: Honda Tahun 2011").
    model_year: re.Pattern[str]
    #: Words before a list of months a programme is for ("periode Oktober, November, dan").
    coverage: re.Pattern[str]
    #: A range of clock times ("pukul 06.00-09.00 WIB"): two or more in a sentence are
    #: hours kept (open, allowed, proposed), not when something happened.
    clock_range: re.Pattern[str]
    #: A name after a word that gives its part in a case ("terdakwa Zarof Ricar"), the
    #: name in group 1.
    case_party: re.Pattern[str]
    #: Tagger rules that read a year written as part of a name.
    name_year_rules: frozenset[str]
    #: Words that head the name of a recurring event ("Piala", "Liga"): its year names an
    #: edition.
    edition_names: re.Pattern[str]
    #: The capitalised words (numbers, "U-19", and the words that join a name) just before
    #: a year.
    edition_name: re.Pattern[str]
    #: Words before an edition's name that make it tell who someone is ("selaku juara Liga
    #: Champions 2024"), and those before them that make it what he became ("menjadi juara").
    edition_holder: re.Pattern[str]
    edition_became: re.Pattern[str]
    meta: list[re.Pattern[str]]
    #: Words opening a sentence that tells of the occasion told last (``same_occasion_words``).
    same_occasion: re.Pattern[str]
    #: Words of today that, quoted, are the day the words were said (``quoted_today``).
    quoted_today: frozenset[str]
    #: Words of a post, whose today the article does not tell (``quoted_today_not``).
    quoted_today_not: re.Pattern[str]
    #: Verbs that tell what a statement at the occasion said (``same_occasion_verbs`` and
    #: ``reporting_verbs``).
    occasion_verbs: re.Pattern[str]
    #: Words that open a sentence about another story ("Sementara itu, ..."): what follows
    #: does not go on about the sentences before.
    topic_shift: re.Pattern[str]
    breaks: dict[str, list[str]]
    #: A short subject, an aside about it closed by a comma, then the rest ("Warga hendak
    #: menunaikan salat ..., dikejutkan ..."): see ``titles._without_aside``.
    subject_aside: re.Pattern[str]
    #: A "dan" between a date and a verb: a boundary between two dated clauses.
    dated_and: re.Pattern[str]
    #: A phrase that opens with a break's word and breaks nothing ("untuk pertama kalinya").
    not_break: re.Pattern[str]
    #: What follows a purpose word that makes it a preposition, no clause's start ("untuk
    #: kendaraan bermotor": for vehicles, not in order to).
    purpose_object: re.Pattern[str]
    #: Sequence words after which a clause dates what a clause of nothing but its date
    #: gives no action to ("pada Selasa pukul 17.35, kemudian Gunung ... meletus").
    date_clause_joins: frozenset[str]
    #: What may stand alone before a bare date after a list's ", dan" ("dan 17 Juni 2025"):
    #: such an item is not joined to its list's clause.
    bare_list_joins: frozenset[str]
    #: The word that opens a list's next item after its comma ("..., dan keberlanjutan").
    list_next: re.Pattern[str]
    #: What stands between the dates of one list ("3 Juni 2025, 11 Juni 2025, dan ...").
    date_list: re.Pattern[str]
    #: A leading "Saat ditemui ..., Rabu (18/6), X membantah": the words that open such a
    #: clause of the same time, and the verbs of a reporter meeting the speaker.
    simultaneous: frozenset[str]
    contact_verbs: frozenset[str]
    #: Words that count what came since a day ("Sejak Jumat, sedikitnya 24 orang tewas").
    tally: re.Pattern[str]
    #: A subject that points back to the sentence before ("Laga ini berlangsung ...").
    back_reference: re.Pattern[str]
    #: A sentence's opening that tells more of the moment the one before dates ("Awalnya, ...").
    goes_on: re.Pattern[str]
    #: The side a match is played against, after its word ("menghadapi Thailand"), and the
    #: side before a word that names both ("Indonesia vs Thailand").
    contest_after: re.Pattern[str]
    contest_before: re.Pattern[str]
    #: Words that only describe a side ("tuan rumah", "Timnas"): no part of its name.
    contest_descriptors: frozenset[str]
    #: Words that join a reporting verb as a second act of the clause's subject ("... pada
    #: Rabu dan mengatakan akan ..."): what it reports is not the clause's modality.
    report_joins: frozenset[str]
    #: A list of names before a comma, and after it (see :func:`clauses.in_name_list`):
    #: two items or more ending at it; one item ending at it; from it, an item that more
    #: items follow; the joining word ("dan ") that may start what follows it.
    list_before: re.Pattern[str]
    list_item_before: re.Pattern[str]
    list_after: re.Pattern[str]
    list_join: re.Pattern[str]
    actions: re.Pattern[str]
    #: Words that open a relative clause that only describes ("yang termasuk ...").
    describing: frozenset[str]
    #: Verbs of carrying out that, after ", yang", date the clause it hangs on ("dilakukan").
    carried_out: frozenset[str]
    #: Words before the noun a relative clause describes that are no part of it ("Bagi").
    relative_head_drop: frozenset[str]
    #: Words that link a subject to what it is ("merupakan"): a relative clause's noun
    #: comes after them.
    copulas: frozenset[str]
    #: Words that open a clause of their own after a comma ("mereka").
    clause_subjects: frozenset[str]
    #: Words of happenings told apart by where they happen ("demo", "banjir").
    local: re.Pattern[str]
    verb_affixes: list[re.Pattern[str]]
    #: Words an affix makes look like verbs that name a person's part in a case
    #: ("tersangka", "terdakwa"; ``not_actions`` and ``case_roles``): no headline's verb.
    not_actions: frozenset[str]
    #: Prefixes of verbs that take an object ("menangkap Harun Masiku").
    transitive: re.Pattern[str]
    #: Prefixes of verbs of any kind ("terjadi", "berangkat", "ditangkap"; not nouns).
    verbs: re.Pattern[str]
    #: The citation cue words alone (see ``citation``).
    citation_cue: re.Pattern[str]
    #: The name of an outlet abroad ending the source of a citation (``citation``'s "source":
    #: "dikutip dari Crash, Selasa"): the day of such a citation is when it was quoted.
    foreign_outlet: re.Pattern[str]
    drop_leading: re.Pattern[str]
    #: Words of speech that open a quotation and tell nothing ("Jadi, ...", "Ya, ...", "Nah
    #: ..."): no part of the headline of what was said.
    quote_openers: re.Pattern[str]
    #: An adverbial that opens a sentence before the news ("Pada Selasa, ...").
    lead_prep: re.Pattern[str]
    #: Words a headline too long may end before (``lead_prepositions``, ``phrase_ends``).
    phrase_end: re.Pattern[str]
    #: A connective that ends a leading adverbial however many commas it holds (", maka").
    adverbial_end: re.Pattern[str]
    #: A topic before a comma ("Terkait tunjangan perumahan, ..."), the subject of a clause
    #: that names none.
    topic_lead: re.Pattern[str]
    #: A happening's noun that, opening two sentences in a row, points back to the first.
    back_repeated: re.Pattern[str]
    #: A story's start told before the happening that started it ("Kasus ini bermula dari
    #: aksi Vienna ..."): ``told``.
    origin: re.Pattern[str]
    drop_words: re.Pattern[str]
    cut_before: list[str]
    date_preps: re.Pattern[str]
    max_words: int
    min_words: int
    dangling: frozenset[str]
    #: Words a cut word after them does not cut at ("apa yang": "what").
    no_cut_after: frozenset[str]
    #: A cut word one word after these starts no clause either ("tak ada pihak yang kebal").
    no_cut_two_after: frozenset[str]
    #: Words a subject does not end on ("akan", "telah": the verb's, not the subject's).
    subject_trailing: frozenset[str]
    #: Words a subject too long for a headline is ended before: its head, before where it
    #: was or which it was ("Dua orang penambang di area galian C ..., yang tertimbun").
    subject_ends: frozenset[str]
    #: Words before a verb that leave it without a subject still ("berhasil dievakuasi").
    verb_leads: frozenset[str]
    #: Words a speaker names himself by ("saya", "kami").
    first_person: frozenset[str]
    #: Words after which a name is where or for whom, never a borrowed subject ("ke").
    object_prepositions: frozenset[str]
    #: Words a headline taken from after an opening phrase may not start with ("tapi").
    weak_starts: frozenset[str]
    complementizer: re.Pattern[str]

    def status(self, clause: str) -> str | None:
        """The status a clause's own words give, or ``None`` when they give none."""
        if self.expected.search(clause):
            return "expected"
        if self.planned.search(clause):
            return "planned"
        if self.happened.search(clause):
            return "happened"
        return None

    def is_meta(self, sentence: str) -> bool:
        """True for a sentence that points at or lists other stories."""
        s = sentence.strip()
        return any(p.search(s) for p in self.meta)


#: A side's name: up to three capitalised words, of letters (a score run into it is no part
#: of it: "Seattle Sounders3-1").
_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_SIDE = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"


def _contest(data: dict, key: str, after: bool) -> re.Pattern[str]:
    """The names a match's words set its sides by: after them (``after``), with a describing
    word maybe between ("melawan tuan rumah Bahrain"), or before them ("Indonesia vs")."""
    words = data.get(key, [])
    if not words:
        return _NEVER
    cue = rf"(?i:{words_pattern(words)})"
    if not after:
        return re.compile(rf"(?P<side>{_SIDE})\s+{cue}\s")
    described = data.get("contest_descriptors", [])
    skip = rf"(?:(?i:{words_pattern(described)})\s+)*" if described else ""
    return re.compile(rf"{cue}\s+{skip}(?P<side>{_SIDE})")


def _said_before(data: dict) -> re.Pattern[str]:
    """The opening of a sentence that says who said the one before: its subject, its verb,
    words that may stand around the verb, and the word before who said it ("Hal ini pun
    disampaikan langsung oleh ...")."""
    subjects, verbs = data.get("said_before_subjects", []), data.get("said_before_verbs", [])
    if not subjects or not verbs:
        return _NEVER
    extra = data.get("said_before_adverbs", [])
    around = rf"(?:\s+(?:{words_pattern(extra)}))*" if extra else ""
    agent = data.get("said_before_agent", [])
    by = rf"(?:\s+(?:{words_pattern(agent)}))?" if agent else ""
    return re.compile(
        rf"^\W*(?:{words_pattern(subjects)})\s*,?{around}\s+(?:{words_pattern(verbs)})"
        rf"{around}{by}\s*",
        re.IGNORECASE,
    )


@cache
def get_cues(code: str = "id") -> Cues:
    """The cues of language ``code`` (Indonesian when the language has none)."""
    data = load_data(code, "events") or load_data("id", "events")
    status = data["status"]
    title = data["title"]
    # A happening's noun, and the ending that makes it owned (see ``back_reference``).
    noun = data.get("back_reference_noun")
    owner = str(data.get("back_reference_owner") or "")
    breaks = {kind: [b.lower() for b in words] for kind, words in data["clause_breaks"].items()}
    units = data.get("date_units", [])
    ends = data.get("span_ends") or {}
    effective = data.get("effective") or {}
    return Cues(
        code=code,
        expected=_words(status["expected"]),
        planned=_words(status["planned"]),
        happened=_words(status["happened"]),
        conditional=_words(data["conditionals"]),
        own_subject=_any([re.escape(e) for e in data.get("own_subject_endings", [])], r"(?:ANY)$"),
        refusal=_words(data.get("refusals", [])),
        ongoing=_words(data.get("ongoing", [])),
        # The cue, then at most a name's worth of words (no action: see clauses), then the date.
        citation=re.compile(
            rf"(?:{words_pattern(data['citation_cues'])})(?P<source>[^.;\"“”]{{0,60}}?)[,\s]*$",
            re.IGNORECASE,
        ),
        accessed=_words(data.get("access_cues", []), r"(?:WORDS)[^.;\"“”]{0,60}?[,\s]*$"),
        # "Dilansir The Associated Press, kantor berita ...": who reported it is not the news.
        citation_lead=re.compile(
            rf"^(?:seperti\s+|sebagaimana\s+)?(?:{words_pattern(data['citation_cues'])})"
            r"[^,.;]{0,60},\s*",
            re.IGNORECASE,
        ),
        speech=_words(data["speech_verbs"]),
        speech_aside=_speech_aside(data["speech_verbs"]),
        speaker_end=_words(data.get("speaker_ends", []), r"(?:^|\s+)(?:WORDS)|,|\(|$"),
        occasion=_words(data.get("occasion_cues", []), r"(?<!\w)(?:WORDS)\s+(?P<what>[^,.;()]+)"),
        occasion_not=_words(data.get("occasion_not", []), r"^(?:WORDS)(?!\w)"),
        venue=_words(data.get("occasion_venue", []), r"\s(?:WORDS)\s"),
        occasion_after=_words(data.get("occasion_after", []), r"\s(?:WORDS)\s"),
        speaker_max_words=int(data.get("speaker_max_words", 8)),
        loan_languages=tuple(str(c) for c in data.get("loan_languages", [])),
        tail_stop=_words(data.get("attribution_tail_stops", [])),
        said_before=_said_before(data),
        tail_allow=_words(data.get("attribution_tail_phrases", [])),
        said_on=_words(data.get("said_on_words", []), r"^\s*(?:(?:WORDS)\s+)*$"),
        nickname=_words(data.get("nickname_phrases", []), r"^[^,.;]{0,80}?(?<!\w)(?:WORDS)\s+"),
        reporting=_words(data["reporting_verbs"]),
        span=re.compile(_ends_in(data["span_cues"], units), re.IGNORECASE),
        state_change=_any(data.get("state_changes", [])),
        started=_any(data.get("started", [])),
        started_after=_any(data.get("started_after", [])),
        started_any=_any(data.get("started_any", [])),
        until=re.compile(_ends_in(data["until_cues"], units), re.IGNORECASE),
        as_of=(
            re.compile(_ends_in(data["as_of_cues"], units), re.IGNORECASE)
            if data.get("as_of_cues")
            else _NEVER
        ),
        span_end=_span_end(ends, units),
        span_end_word=_words(ends.get("words", [])),
        ends_word=str(ends.get("ends", "")),
        ends_drop=_words(ends.get("drop_before", []), r"(?:\s+(?:WORDS))+$"),
        range_days=int(ends.get("range_days", 0)),
        range_thing=_words(ends.get("range_things", [])),
        range_gathering=_words(ends.get("range_gatherings", [])),
        decision=_words((data.get("range_decisions") or {}).get("words", [])),
        decision_days=int((data.get("range_decisions") or {}).get("days", 0)),
        effective=_effective(effective, units),
        effective_after=_words(
            effective.get("words", []),
            rf"^[\s,]*(?:(?:{words_pattern(effective.get('after_adverbs') or [chr(0)])})\s+)?"
            r"(?:WORDS)",
        ),
        effective_until=(
            re.compile(_ends_in(until, units), re.IGNORECASE)
            if (until := effective.get("until"))
            else _NEVER
        ),
        comparison_words=frozenset(str(w).lower() for w in data.get("comparison_cues", [])),
        comparison=_comparison(data),
        dateline=re.compile(data["dateline"]),
        period=_words(data.get("period_words", []), r"^(?:WORDS)"),
        period_before=_words(data.get("period_before", []), r"(?<!\w)(?:WORDS)\s+$"),
        period_list=_words(
            data.get("period_words", []),
            r"(?<!\w)(?:WORDS)\s+\d{4}(?:\s*(?:,|dan|serta|atau)\s*\d{4})*\s*(?:,|dan|serta|atau)\s*$",
        ),
        attribute=_words(data.get("attribute_words", []), r"(?<!\w)(?:WORDS)\s*$"),
        model_year=_words(
            data.get("model_year_words", []),
            r"(?<![\w-])(?:WORDS)(?:\s+(?-i:[A-Z0-9])[\w.()-]*)+\s+$",
        ),
        clock_range=re.compile(data["clock_range"]) if data.get("clock_range") else _NEVER,
        coverage=_words(
            data.get("coverage_cues", []),
            r"(?<!\w)(?:WORDS)\s+(?:(?-i:[A-Z][a-z]+)(?:\s+\d{4})?,?\s+(?:dan\s+)?)*$",
        ),
        case_party=_words(
            data.get("similarity", {}).get("case_roles", []),
            r"(?<!\w)(?:WORDS)\s+((?-i:(?:[A-Z][\w'-]*\s*)+))",
        ),
        name_year_rules=frozenset(data.get("name_year_rules", [])),
        edition_names=_words(data.get("edition_names", [])),
        edition_name=_any(
            [r"[A-Z][\w-]*", r"\d[\w-]*", r"\(\w+\)", *map(re.escape, data.get("name_joins", []))],
            r"(?:(?:ANY)\s*)+$",
            flags=0,
        ),
        edition_holder=_words(data.get("edition_holders", []), r"(?<!\w)(?:WORDS)\s*$"),
        edition_became=_words(
            data.get("edition_became", []),
            r"(?<!\w)(?:WORDS)\s+(?:"
            + (words_pattern(data.get("edition_holders") or [chr(0)]))
            + r")\s*$",
        ),
        meta=[re.compile(p, re.IGNORECASE) for p in data.get("meta_sentences", [])],
        same_occasion=_words(
            data.get("same_occasion_words", []), r"^\W*(?:[^\W\d_]+(?:\s+itu)?,?\s+)?(?:WORDS)\b"
        ),
        quoted_today=frozenset(w.lower() for w in data.get("quoted_today", [])),
        quoted_today_not=_words(data.get("quoted_today_not", []), r"(?<!\w)(?:WORDS)(?!\w)"),
        occasion_verbs=_words([*data.get("same_occasion_verbs", []), *data["reporting_verbs"]]),
        topic_shift=_words(data.get("topic_shifts", []), r"^\W*(?:WORDS)\b"),
        breaks=breaks,
        subject_aside=_subject_aside(title.get("subject_asides", [])),
        dated_and=re.compile(data["dated_and"]) if data.get("dated_and") else _NEVER,
        not_break=_words(data.get("not_breaks", [])),
        purpose_object=re.compile(data["purpose_objects"], re.IGNORECASE)
        if data.get("purpose_objects")
        else _NEVER,
        date_clause_joins=frozenset(w.lower() for w in data.get("date_clause_joins", [])),
        bare_list_joins=frozenset(str(w).lower() for w in data.get("bare_list_joins", [])),
        list_next=_words(data.get("list_joins", []), r"(?:WORDS)\s"),
        date_list=_words(
            [*data.get("list_joins", []), *data.get("date_list_words", [])],
            r"[\s,]*(?:(?:WORDS)[\s,]+)*",
        ),
        simultaneous=frozenset(w.lower() for w in data.get("simultaneous", [])),
        contact_verbs=frozenset(w.lower() for w in data.get("contact_verbs", [])),
        tally=_words(data.get("tally_words", [])),
        goes_on=_words(data.get("goes_on_words", []), r"^\W*(?:WORDS)\b"),
        back_reference=_words(
            data.get("back_reference_words", []),
            r"^\W*(?!"
            + words_pattern(data.get("back_reference_not", []) or ["\x00"])
            + r")[^\W\d_]+(?:\s+[^\W\d_]+)?\s+WORDS(?!\s*,)"
            + (rf"|^\W*(?:{noun}){re.escape(owner)}\s+(?=[a-z])" if noun and owner else ""),
        ),
        back_repeated=re.compile(noun) if noun else _NEVER,
        report_joins=frozenset(w.lower() for w in data.get("report_joins", [])),
        contest_after=_contest(data, "contest_words", after=True),
        contest_before=_contest(data, "contest_both", after=False),
        contest_descriptors=frozenset(
            w.lower() for d in data.get("contest_descriptors", []) for w in d.split()
        ),
        **_name_lists(data.get("name_list_joins", [])),
        actions=_words(data["actions"]),
        describing=frozenset(w.lower() for w in data.get("describing_words", [])),
        carried_out=frozenset(w.lower() for w in data.get("carried_out_words", [])),
        relative_head_drop=frozenset(w.lower() for w in data.get("relative_head_drop", [])),
        copulas=frozenset(w.lower() for w in data.get("copulas", [])),
        clause_subjects=frozenset(w.lower() for w in data.get("clause_subjects", [])),
        local=_words(data.get("local_happenings", [])),
        verb_affixes=[re.compile(p, re.IGNORECASE) for p in data.get("verb_affixes", [])],
        not_actions=frozenset(
            w.lower()
            for w in [
                *data.get("not_actions", []),
                *data.get("similarity", {}).get("case_roles", []),
            ]
        ),
        transitive=_any(
            [re.escape(p) for p in data.get("transitive_prefixes", [])], r"^(?:ANY)\w{3,}"
        ),
        verbs=_any(
            [re.escape(p) for p in _language(code).get("verb_prefixes", [])], r"^(?:ANY)\w{3,}"
        ),
        citation_cue=_words(data["citation_cues"]),
        foreign_outlet=_words(
            data.get("foreign_outlets", []), r"(?:WORDS)[^.;\"“”]{0,20}?[,\s(]*$"
        ),
        drop_leading=re.compile(
            rf"^(?:(?:{words_pattern(title['drop_leading'])})\s*,?\s*)+", re.IGNORECASE
        ),
        quote_openers=_words(title.get("quote_openers", []), r"^(?:(?:WORDS)(?!\w)[\s,]*)+"),
        lead_prep=_words(title.get("lead_prepositions", []), "^WORDS"),
        phrase_end=_words(
            [*title.get("lead_prepositions", []), *title.get("phrase_ends", [])], "^WORDS"
        ),
        adverbial_end=_words(title.get("adverbial_ends", []), r",\s*WORDS\s+"),
        topic_lead=_words(title.get("topic_leads", []), r"^(?:WORDS)\s+(?P<topic>[^,]+),\s+"),
        origin=_origin(title.get("origin_words", []), title.get("origin_links", [])),
        drop_words=_words(title["drop_words"]),
        cut_before=[c.lower() for c in title["cut_before"]],
        date_preps=re.compile(
            rf"(?:(?:{words_pattern(title['date_prepositions'])})\s+)+$", re.IGNORECASE
        ),
        max_words=int(title.get("max_words", 12)),
        min_words=int(title.get("min_words", 3)),
        dangling=frozenset(w.lower() for w in title.get("dangling", [])),
        no_cut_after=frozenset(w.lower() for w in title.get("no_cut_after", [])),
        no_cut_two_after=frozenset(w.lower() for w in title.get("no_cut_two_after", [])),
        subject_trailing=frozenset(w.lower() for w in title.get("subject_trailing", [])),
        subject_ends=frozenset(w.lower() for w in title.get("subject_ends", [])),
        verb_leads=frozenset(w.lower() for w in title.get("verb_leads", [])),
        first_person=frozenset(w.lower() for w in title.get("first_person", [])),
        object_prepositions=frozenset(w.lower() for w in title.get("object_prepositions", [])),
        weak_starts=frozenset(w.lower() for w in title.get("weak_starts", [])),
        complementizer=_words(title.get("complementizers", ["bahwa"])),
    )
