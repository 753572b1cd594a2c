"""A short, readable headline for an event, built from the sentence that reports it.

The clause the date belongs to is kept, its date words (with their preposition), asides in
brackets, quotation marks and fillers are removed, a clause without a subject borrows one from
the sentence ("Setelah berhenti di Khasan pada Selasa, kereta Kim ..." -> "Kereta Kim berhenti
di Khasan"), a statement is headed by its speaker ("Gus Ipul: ..."), and the result is cut
where a purpose or relative clause starts and capped in length.
"""

from __future__ import annotations

import re

from ..lang import function_words
from ..lang.lemma import is_known, lemmatize
from .clauses import (
    QUOTE_CHARS,
    Clause,
    has_action,
    in_name_list,
    is_inflected,
    reports_happening,
    tail_speaker,
)
from .cues import Cues
from .entities import get_finder
from .headlines import get_checks, headline_flaws

__all__ = [
    "build_headlines",
    "build_title",
    "headed_by",
    "sentence_subject",
    "shortened",
    "speaks_of_self",
    "without_opener",
]

_PARENS = re.compile(r"\s*\([^()]{0,80}\)")
_QUOTES = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
#: An article's dateline: a dash with a space on one side at least ("KOMPAS.com- Presiden",
#: "JAKARTA -Presiden"), or none after an outlet, a place in capitals or a comma's place
#: ("KOMPAS.com-Juventus", "JAKARTA-Presiden", "TEMPO.CO,Jakarta-Setelah"); not a word's
#: hyphen ("Undang-Undang", "Pemda-pemda", "Rata-rata").
_DATELINE = re.compile(
    r"^(?:(?:[A-Z][\w .]{0,30},\s*)?[\w.]{2,30}(?:\s*\([A-Z]+\))?(?:\s+[—–-]+|[—–-]+\s)"
    r"|[A-Z][\w .]{0,30},\s*[\w.]{2,30}[—–-]+|\w+\.[\w.]+[—–-]+|[A-Z]{3,}[—–-]+)\s*(?=\S)"
)


#: An aside between dashes that opens in lower case ("Pecco -sapaan akrab Bagnaia- memiliki
#: ..."): no dateline ("JAKARTA -Presiden ..."), and no part of a headline.
_DASH_ASIDE = re.compile(r"\s[—–-](?=[a-z])[^—–\-\n]{1,60}?\w[—–-](?=\s)")


def _remove_spans(text: str, spans: list[tuple[int, int]], cues: Cues) -> str:
    """``text`` without the date words at ``spans`` and the prepositions right before them."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos or s >= len(text):
            continue
        out.append(cues.date_preps.sub("", text[pos:s]))
        pos = max(e, pos)
    out.append(text[pos:])
    text = "".join(out)
    # A date removed from between commas leaves ", ," behind.
    text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    return re.sub(r"\s+([,.;:])", r"\1", text)


def _first_verb(words: list[str], cues: Cues) -> int | None:
    for i, w in enumerate(words):
        if has_action(w, cues) and not w[:1].isupper() and w.lower() not in cues.not_actions:
            return i
    return None


#: An outlet's name opening an article, its dash lost ("Liputan6.com, Tangerang Wakil ...").
_OUTLET_LEAD = re.compile(r"^[\w-]+(?:\.[a-z]{2,4})+\s*,\s*")
#: A place of one word, before the capitalised word that starts the news.
_ONE_PLACE = re.compile(r"[A-Z][a-z]+(?=\s+[A-Z])")


def _without_dateline(text: str, cues: Cues) -> str:
    """``text`` without the article's dateline: "JAKARTA, KOMPAS.com -", and one whose dash
    was lost, "Liputan6.com, Tangerang" (the place from the gazetteer, also run together with
    the word after it, "Liputan6.com, JakartaPada Kamis", or one word before a capitalised
    one)."""
    text = _DATELINE.sub("", _DASH_ASIDE.sub("", text.strip()))
    m = _OUTLET_LEAD.match(text)
    if not m:
        return text
    rest = text[m.end() :]
    place = get_finder(cues.code).place_at_start(rest, glued=True)
    if place is None:
        one = _ONE_PLACE.match(rest)
        place = one.group(0) if one else ""
    return rest[len(place) :].lstrip(" -–—")


#: What tells a dateline from words with a hyphen after a comma ("Saya yakin, bersama-sama
#: ..."): it names an outlet, writes its place in capitals, or stands its dash apart.
_DATELINE_MARK = re.compile(r"\.[a-z]{2,4}\b|\.[A-Z]{2,4}\b|[A-Z]{3,}|\s[—–-]")


def _dateline_end(text: str, cues: Cues) -> int:
    """How many characters an article's dateline takes at the start of ``text`` ("Liputan6.com,
    Jakarta -", "JAKARTA, KOMPAS.com -"): an outlet's name or a place, then a dash (or the
    outlet's name and a place, its dash lost); 0 when it opens with none."""
    m = _OUTLET_LEAD.match(text) or _DATELINE.match(text)
    if not m or not _DATELINE_MARK.search(m.group(0)):
        return 0
    rest = _without_dateline(text, cues)
    # What follows a dateline opens a sentence ("BPI-nya ada" has none).
    opens = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in QUOTE_CHARS
    return len(text) - len(rest) if opens and text.endswith(rest) else 0


#: Words at most of a person's name, after the titles before it.
NAME_WORDS = 4

#: Words at most of a statement's speaker heading its headline: a longer one is named by
#: the person after its title ("Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi":
#: "Kombes Ade Ary Syam Indradi").
LABEL_WORDS = 5


def _label(speaker: str, cues: Cues) -> str:
    """How a statement's headline names its speaker: a long title and name by the name, as
    the words after the title's last acronym or the rank before the name ("Direktur
    Penyidikan KPK Asep Guntur Rahayu": "Asep Guntur Rahayu"), when they look like a name."""
    words = speaker.split()
    if len(words) <= LABEL_WORDS:
        return speaker
    finder = get_finder(cues.code)
    languages = (cues.code, *cues.loan_languages)
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        rank = word in finder.ranks
        if rank or (len(word) >= 2 and word.isalpha() and word.isupper()):
            name = words[i + 1 :]
            # A place after an organisation's acronym is its own ("Gubernur DKI Jakarta
            # Pramono Anung").
            while name and name[0] in finder.places:
                name = name[1:]
            if (
                (
                    rank
                    or (len(name) >= 2 and not any(is_known(name[0].lower(), c) for c in languages))
                )
                and len(name) <= NAME_WORDS
                and all(
                    w[:1].isupper()
                    and w.isalpha()
                    and w not in finder.office_words
                    and w not in finder.places
                    for w in name
                )
            ):
                return " ".join([word, *name] if rank else name)
            break
    return speaker


def _adverbials_end(text: str, cues: Cues) -> int:
    """Where the leading adverbials of ``text`` end, each up to its comma ("Di pusat kota Los
    Angeles, menurut laporan Los Angeles Times, ..."); 0 when it opens with none."""
    at = 0
    while cues.lead_prep.match(text[at:]) and ", " in text[at:]:
        at = text.index(", ", at) + 2
    return at


#: Words at most of what reads as a sentence's subject ("Harga emas PT Aneka Tambang Tbk
#: atau Antam").
SUBJECT_WORDS = 8


def _head_of(subject: list[str], cues: Cues) -> list[str]:
    """A long subject's words before where or which it was (``subject_ends``), when that
    comes before any comma: "Dua orang penambang di area galian C ..." is "Dua orang
    penambang"; else the subject as it is."""
    for k, word in enumerate(subject):
        if word.endswith(","):
            break
        if k and word.lower() in cues.subject_ends:
            return subject[:k]
    return subject


def sentence_subject(text: str, cues: Cues, head: bool = False) -> str | None:
    """The words before the first verb of ``text``, when they look like a subject; with
    ``head``, of a subject too long its words before where or which it was."""
    text = cues.drop_leading.sub("", _without_dateline(text, cues))
    # "Di pusat kota Los Angeles, menurut laporan Los Angeles Times, polisi menembakkan ...".
    text = text[_adverbials_end(text, cues) :]
    words = text.split()
    i = _first_verb(words, cues)
    if not i:
        return None
    subject = words[:i]
    # "TAS (22), mahasiswa semester VII ..., meninggal": the subject without its apposition.
    head, _, described = " ".join(subject).partition(", ")
    if described.endswith(",") and described[:1].islower() and ", " not in described:
        subject = head.split()
    while subject and (
        subject[-1].lower() in cues.subject_trailing or subject[-1].lower() in cues.verb_leads
    ):
        subject.pop()
    # Its words in brackets ("PT Aneka Tambang Tbk (ANTM) atau Antam") are left out of it.
    counted = [w for w in subject if not (w.startswith("(") and w.endswith(")"))]
    if head and len(counted) > SUBJECT_WORDS:
        subject = _head_of(subject, cues)
        counted = [w for w in subject if not (w.startswith("(") and w.endswith(")"))]
    if not subject or len(counted) > SUBJECT_WORDS or cues.lead_prep.match(subject[0]):
        return None
    if subject[0].lower().strip(",") in get_checks(cues.code).fragment_starts:
        return None  # a clause's connective ("Sehingga penegakan hukum ..."), no subject
    return " ".join(subject).strip(" ,")


def is_clause(text: str, cues: Cues) -> bool:
    """Whether ``text`` reads as a clause: a subject, then its verb, with no word of a
    phrase's joints among them ("pihaknya menunggu keputusan Kemendagri ..."; not "rasa
    puasnya terhadap jalannya acara", whose "terhadap" only looks like a verb)."""
    # Read as a sentence: a first word in lower case may be taken for a verb ("polemik").
    text = text[:1].upper() + text[1:]
    subject = sentence_subject(text, cues)
    if not subject:
        return False
    rest = text[text.find(subject) :].split()
    verb = _first_verb(rest, cues)
    if verb is None:
        return False
    joints = get_checks(cues.code).fragment_starts
    # Nor a word of grammar that only looks like a verb ("Adanya tawuran tersebut").
    plain = function_words(cues.code)
    said = rest[verb].lower().strip(",.")
    return not (said in joints or said in plain) and not any(
        w.lower().strip(",") in joints for w in subject.split()
    )


def _cut(text: str, cues: Cues) -> str:
    """Cut at the first purpose/relative/attribution word that leaves enough of a headline."""
    lower = text.lower()
    best = len(text)
    for word in cues.cut_before:
        i = lower.find(word)
        while i >= 0:
            before = text[:i].split()
            # "apa yang kita harapkan" is one phrase ("what we hope"), no relative clause;
            # "Badan Meteorologi, Klimatologi, dan Geofisika" is one name.
            if (
                (before and before[-1].lower() in cues.no_cut_after)
                or (len(before) >= 2 and before[-2].lower() in cues.no_cut_two_after)
                or (word.startswith(",") and in_name_list(text, i, cues))
                # "untuk kebutuhan estetik": a preposition, no purpose clause.
                or (
                    word in cues.breaks.get("purpose", ())
                    and cues.purpose_object.match(text, i + len(word))
                )
            ):
                i = lower.find(word, i + 1)
                continue
            if len(before) >= cues.min_words:
                best = min(best, i)
                break
            i = lower.find(word, i + 1)
    return text[:best]


def build_title(
    sentence: str,
    spans: list[tuple[int, int]],
    clause: Clause,
    cues: Cues,
    fallback_subject: str | None = None,
    references: list[tuple[str, str]] | None = None,
    brackets: bool = False,
) -> str:
    """Headline for the event that ``sentence`` reports with its date words at ``spans``.

    ``references`` are words that point back ("mereka", "kota tersebut") with the names they
    stand for: a headline is read alone, so it names them. With ``brackets``, the words an
    outlet put in brackets inside what was said are kept ("Sudah (YW tersangka)").
    """
    return _cap(
        _title_text(sentence, spans, clause, cues, fallback_subject, references, brackets), cues
    )


def build_headlines(
    sentence: str,
    spans: list[tuple[int, int]],
    clause: Clause,
    cues: Cues,
    fallback_subject: str | None = None,
    references: list[tuple[str, str]] | None = None,
) -> tuple[str, str, str]:
    """:func:`build_title`, the same headline ended before its last phrase of when or where
    where the title is too long and cut with "…" (else the title again), and its words before
    either was made short enough."""
    text = _title_text(sentence, spans, clause, cues, fallback_subject, references)
    title = _cap(text, cues)
    return title, _cap(text, cues, phrases=True) if title.endswith("…") else title, text


#: Words at least of what was said left after a word of speech that opened it.
OPENED_WORDS = 3


def without_opener(title: str, cues: Cues) -> str:
    """A statement's headline without a word of speech that opens what was said and tells
    nothing (``quote_openers``: "AHY: Jadi dikerjakan paralel lah" is "AHY: Dikerjakan
    paralel lah"), when enough is left."""
    who, colon, said = title.rpartition(": ")
    spoken = cues.quote_openers.match(said)
    if not spoken:
        return title
    rest = said[spoken.end() :]
    if len(rest.split()) < OPENED_WORDS:
        return title
    return f"{who}{colon}{rest[:1].upper()}{rest[1:]}"


def speaks_of_self(text: str, cues: Cues) -> bool:
    """Whether ``text`` opens with a word a speaker names himself by ("Saya ...", "Kami ...",
    ``first_person``)."""
    first = text.split()[:1]
    return bool(first) and first[0].lower() in cues.first_person


def headed_by(title: str, speaker: str, cues: Cues) -> str:
    """A headline of words someone is quoted saying, headed by him as a statement's is
    ("Tito: Saya diberi amanat ...")."""
    return f"{_label(speaker, cues)}: {title}"


def shortened(text: str, cues: Cues) -> str:
    """A headline's words made short enough, as :func:`build_title` makes them."""
    return _cap(text, cues)


def _origin_told(text: str, cues: Cues) -> str:
    """What started it, when ``text`` only says something began with it ("Kasus ini bermula
    dari aksi Vienna yang mempromosikan ...": "Aksi Vienna yang mempromosikan ..."); else
    ``text``."""
    origin = cues.origin.match(" ".join(text.split()))
    if not origin or not has_action(origin.group("told"), cues):
        return text
    told = origin.group("told")
    return told[:1].upper() + told[1:]


def _starts_origin(
    sentence: str, lo: int, hi: int, spans: list[tuple[int, int]], cues: Cues
) -> bool:
    """Whether the clause at ``lo:hi`` only says something began (``origin_words``) and the
    sentence goes on to tell what began it."""
    if hi >= len(sentence):
        return False
    local = [(s - lo, e - lo) for s, e in spans if lo <= s]
    whole = " ".join(_remove_spans(sentence[lo:], local, cues).split())
    clause = " ".join(_remove_spans(sentence[lo:hi], local, cues).split())
    return bool(cues.origin.match(whole)) and not cues.origin.match(clause)


#: Words in brackets, for their words without the brackets.
_UNBRACKET = re.compile(r"\s*\(([^()]{1,80})\)")


def _title_text(
    sentence: str,
    spans: list[tuple[int, int]],
    clause: Clause,
    cues: Cues,
    fallback_subject: str | None,
    references: list[tuple[str, str]] | None,
    brackets: bool = False,
) -> str:
    """The headline's words before :func:`_cap` makes them short enough."""
    refs = references or []
    if clause.role == "attribution":
        content = clause.reported or sentence[: clause.end]
        # What was said opens the sentence ("..., kata X") or follows its reporting verb
        # ("X menyampaikan bahwa ...").
        at = max(sentence.find(content), 0)
        if at == 0:
            # What was said, in the outlet's words, opening the article after its dateline
            # ("Liputan6.com, Jakarta -Iran akan kembali ..., kata Presiden Iran ...").
            at = _dateline_end(sentence, cues)
            content = content[at:]
        local = [(s - at, e - at) for s, e in spans if at <= s and e <= at + len(content)]
        body = _remove_spans(content, local, cues)
        opened = body.lstrip(' "“‘')
        if cues.lead_prep.match(opened) and ", " in opened:
            # "Berdasarkan parameter sumber gempa, maka disimpulkan ...": what was said comes
            # after its leading adverbial.
            body = _without_adverbial(opened, cues)
            body = body[:1].upper() + body[1:]
        if brackets:
            body = _UNBRACKET.sub(r" \1", body)
        body = _past_opening_fragment(_finish(_resolve(body, refs), cues, lower_first=False), cues)
        body = _finish(_cut(body, cues), cues, lower_first=False)
        speaker = clause.speaker
        if not speaker or cues.own_subject.search(speaker):
            speaker = fallback_subject
        return f"{_label(speaker, cues)}: {body}" if speaker else body
    lo, hi = clause.start, clause.end
    if clause.reported and cues.reporting.search(sentence[lo:hi]):
        # "X memperingatkan bahwa Y ...": the headline says what X warned of.
        hi = min(len(sentence), sentence.find(clause.reported, hi) + len(clause.reported))
    elif _starts_origin(sentence, lo, hi, spans, cues):
        # "Kasus ini bermula pada April 2017 ketika Melanie menitipkan Nina": what started it
        # is told after the clause the date ends.
        hi = len(sentence)
    text = sentence[lo:hi]
    local = [(max(s - lo, 0), min(e - lo, len(text))) for s, e in spans if lo <= s < hi]
    text = _resolve(_remove_spans(text, local, cues), refs)
    # "Riky, kata Harryo, sempat kabur": who told it is no part of what happened.
    text = cues.speech_aside.sub(lambda m: " " if m.group(0)[:1] == "," else "", text)
    text = _without_dateline(text, cues)
    text = _PARENS.sub("", text)
    # A quotation's opening mark is no part of its first words ('"Berdasarkan informasi
    # dari ..., tahap pertama akan dimulai': a leading adverbial all the same).
    text = cues.drop_leading.sub("", text.strip(' ,.;:–—-"“‘'))
    lead = cues.citation_lead.match(text)
    if lead and not reports_happening(lead.group(0).rstrip(" ,"), cues):
        text = text[lead.end() :]
    topic = cues.topic_lead.match(text)
    rest = text[topic.end() :].split() if topic else []
    verb = _first_verb(rest, cues) if rest else None
    if (
        topic
        and verb is not None
        and verb <= 2
        and rest[verb][:1].islower()
        and cues.verbs.match(rest[verb])
        and all(
            cues.drop_words.fullmatch(w) or cues.date_preps.fullmatch(f"{w} ") for w in rest[:verb]
        )
    ):
        # "Terkait tunjangan perumahan, (per) sudah dihentikan": what it tells of is its
        # subject (the words a removed date left are dropped after).
        text = f"{topic.group('topic')} {' '.join(rest)}"
    text = _without_adverbial(text, cues)
    # (Before a clause after "ketika" is cut off: it may be what started it.)
    text = _origin_told(text, cues)
    words = text.split()
    needs_subject = clause.kind != "main" or (words and not words[0][:1].isupper())
    first = _first_verb(words, cues)
    if clause.head and clause.kind == "relative":
        # The noun the relative clause describes may open the article, after its dateline
        # ("Liputan6.com, Jakarta -Perang Iran-Israel yang pecah pada Jumat (13/6/2025)").
        head = clause.head
        at, lead = sentence.find(head), _dateline_end(sentence, cues)
        if 0 <= at < lead:
            head = head[lead - at :].strip()
        text = f"{head} {text}" if head else text
    elif (
        needs_subject
        and first is not None
        and all(w.lower() in cues.verb_leads for w in words[:first])
        # "pembayaran akan dilakukan": a word of what happens before a tense word (or before
        # "yang") is the clause's own subject.
        and not (
            len(words) > 1
            and words[1].lower() in cues.subject_trailing
            and not cues.verbs.match(words[0].lower())
        )
    ):
        subject = _borrowed_subject(sentence, clause, cues) or fallback_subject
        if subject:
            # A subject that points back is named ("Dia ... untuk membela Persikabo": Lucas).
            text = f"{_resolve(subject, refs)} {text}"
    ending = list(cues.span_end_word.finditer(text)) if clause.role == "span_end" else []
    if ending and cues.ends_word:
        # "Program pemutihan di Jawa Barat berlaku sampai": "... berakhir".
        kept = cues.ends_drop.sub("", text[: ending[-1].start()].rstrip(" ,"))
        text = f"{kept} {cues.ends_word}"
    plain = _finish(_cut(text, cues), cues)
    said = _trailing_speaker(text, cues)
    if not said:
        return plain
    # What someone is quoted saying happened ("BD datang ke rumah, jelas Happy") is headed
    # by who said it, as a statement is ("Happy: BD datang ke rumah"), when that reads as a
    # headline; else the words stand as they are (and a fragment's rescue still applies).
    body, who = said
    body = _finish(_cut(body, cues), cues)
    options = [f"{who}: {body[:1].upper()}{body[1:]}"] if who else []
    options.append(body)
    capped = {o: _cap(o, cues) for o in options}
    fit = [o for o in options if not headline_flaws(capped[o], sentence, code=cues.code)]
    # Its speaker is left out rather than the headline cut short for him.
    whole = [o for o in fit if not capped[o].endswith("…")]
    return (whole or fit or [plain])[0]


#: Words at most of the phrase a statement's words open with before their comma.
OPENING_WORDS = 12


def _past_opening_fragment(body: str, cues: Cues) -> str:
    """What someone said, after a short opening phrase that reads as no headline's start
    ("sampai 100 kilometer, kami menyelam ...": "Kami menyelam ..."; "Dengan berfokus pada
    efisiensi, kualitas layanan, dan keberlanjutan, kami optimis ...": "Kami optimis ..."),
    when at least ``OPENED_WORDS`` words follow it and tell an action before any clause it
    is cut at; else as it is."""
    words = body.split()
    if not words or words[0].lower().strip(",") not in get_checks(cues.code).fragment_starts:
        return body
    parts = body.split(", ")
    for k in range(1, len(parts)):
        # Not inside a list the opening phrase holds ("efisiensi, kualitas layanan, dan
        # keberlanjutan": ``list_joins``).
        if cues.list_next.match(parts[k]) or (
            k + 1 < len(parts) and cues.list_next.match(parts[k + 1])
        ):
            continue
        head, rest = ", ".join(parts[:k]), ", ".join(parts[k:])
        if (
            len(head.split()) <= OPENING_WORDS
            and len(rest.split()) >= OPENED_WORDS
            and has_action(_cut(rest, cues), cues)
        ):
            return rest[:1].upper() + rest[1:]
        break
    return body


def _trailing_speaker(text: str, cues: Cues) -> tuple[str, str | None] | None:
    """The words before a trailing attribution (", ujar Max Zhou", ", katanya") and the
    speaker it names (``None`` for "katanya"), when the words before are a headline's."""
    found = list(_TRAILING_SAID.finditer(text))
    found = [m for m in found if cues.speech.fullmatch(m.group("verb"))]
    if not found:
        return None
    m = found[-1]
    body, tail = text[: m.start()].strip(" ,"), text[m.end() :]
    own = bool(cues.own_subject.search(m.group("verb")))
    if len(body.split()) < 2 or not (
        own
        or not tail
        or tail[:1].isupper()
        or tail.split()[0].lower() in get_checks(cues.code).pronouns
    ):
        return None  # "Harga naik, jelas lebih mahal": no one is quoted
    # Who it was, as a statement's attribution names its speaker ("ujar Sumardji dilansir
    # dari Bola Sport": "Sumardji").
    who = None if own or not tail[:1].isupper() else tail_speaker(tail, cues)
    if who:
        # Up to its first word not capitalised: "Harvard terpisah", "Rifaid menjawab ...".
        words = who.split()
        cut = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        who = " ".join(words[:cut]).rstrip(",") or None
    return body, who


#: A speech verb after a comma, then its speaker, if any ("..., ujar Max Zhou").
_TRAILING_SAID = re.compile(r",\s*[\"”’']?\s*(?P<verb>[a-z]+)(?:\s+|$)")


def _without_adverbial(text: str, cues: Cues) -> str:
    """``text`` without a leading adverbial ("Pada Selasa pekan lalu, ...", "Di Rusia, ...")
    and the connectives after it ("..., maka"): not the news."""
    if cues.lead_prep.match(text) and ", " in text:
        # A connective that ends a longer one ("Dari perkembangan dua hari ini, di mana ...,
        # maka saya memutuskan ...") starts the news.
        ends = list(cues.adverbial_end.finditer(text))
        text = text[ends[-1].end() :] if ends else text.split(", ", 1)[1]
    return cues.drop_leading.sub("", text.strip(" ,"))


def _resolve(text: str, references: list[tuple[str, str]]) -> str:
    for words, name in references:
        text = re.sub(
            rf"(?<!\w){re.escape(words)}(?!\w)",
            lambda m, name=name: (
                name if not m.group(0)[0].isupper() else name[0].upper() + name[1:]
            ),
            text,
            flags=re.IGNORECASE,
        )
    return text


#: An apposition between commas, followed by the verb of the subject it describes.
_APPOSITION = re.compile(r",\s[a-z][^,]*,\s(?=[a-z])")


def _borrowed_subject(sentence: str, clause: Clause, cues: Cues) -> str | None:
    """A subject for a clause that has none: the nearest name before it, else the sentence's."""
    before = sentence[: clause.start]
    # Not from a leading adverbial ("Berdasarkan video yang diterima Kompas.com, uang ini
    # disimpan ... sebelum dibawa masuk"): the subject comes after it.
    opened = _adverbials_end(before, cues)
    # Not from an apposition ("X, mahasiswa semester VII Program Studi Sosiologi, meninggal
    # setelah ..."): what it names is said of the subject before it.
    described = [m.span() for m in _APPOSITION.finditer(before)]
    names = [
        m.group(0)
        for m in re.finditer(r"(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*", before)
        # The first word of the sentence is capitalised whatever it is.
        if m.start() > 0
        and m.start() >= opened
        and not any(a <= m.start() < b for a, b in described)
        and (before[: m.start()].split() or [""])[-1].lower() not in cues.object_prepositions
    ]
    if names and clause.kind == "subordinate":
        return names[-1]
    if clause.start == 0 and clause.end < len(sentence):
        return sentence_subject(sentence[clause.end :].lstrip(" ,"), cues)
    return sentence_subject(sentence, cues, head=True)


_TWICE = re.compile(r"(?<![\w-])([^\W\d_]+)\s+\1(?![\w-])", re.IGNORECASE)


def _finish(text: str, cues: Cues, lower_first: bool = True) -> str:
    text = _PARENS.sub("", text)
    text = _QUOTES.sub("", text)
    text = cues.drop_leading.sub("", text.strip(" ,.;:–—-"))
    text = _origin_told(text, cues)
    text = _without_aside(" ".join(text.split()), cues)
    text = cues.complementizer.sub(" ", text).strip()
    text = cues.drop_words.sub("", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    # A word dropped from between commas leaves two ("Kami Tim Jaksa, Kemarin (26/5), telah
    # selesai ..."): one is kept.
    text = re.sub(r",(?:\s*,)+", ",", text)
    # A word written twice in a row (two names run together, "pusat Korea Korea Utara", or a
    # slip) reads once in a headline; reduplication is written with a hyphen.
    text = _TWICE.sub(r"\1", text)
    return " ".join(text.split()).strip(" ,.;:–—-")


def _without_aside(text: str, cues: Cues) -> str:
    """A short subject, an aside about it closed by a comma (``subject_asides``), then the
    subject's verb ("Warga hendak menunaikan salat berjamaah di Masjid Al Ibrahim,
    dikejutkan dengan penemuan ..."): the headline is the subject and its verb ("Warga
    dikejutkan dengan penemuan ...")."""
    m = cues.subject_aside.match(text)
    verb = m.group("verb") if m else ""
    # A verb with a prefix before its stem ("dikejutkan"), not a word that only starts so
    # ("mereka", "termasuk").
    if not (verb.islower() and cues.transitive.match(verb) and lemmatize(verb, cues.code) != verb):
        return text
    if any(cues.verbs.match(w.lower()) for w in m.group("subject").split()):
        return text
    return f"{m.group('subject')} {m.group('rest')}"


def _names_only(words: list[str]) -> bool:
    """Whether ``words`` are capitalised names and commas only ("Jakarta Timur, Senin")."""
    return all(w[:1].isupper() for w in words)


#: A name set between commas after a word in lower case, and the word after it.
_NAMED_ASIDE = re.compile(
    r"(?<![\w-])(?P<before>[a-z]+),\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?P<after>[a-z]+)"
)


def _without_named_aside(text: str, cues: Cues) -> str | None:
    """``text`` without a name set between commas after the words that tell who he is and
    before the verb ("Nikita Mirzani dan asistennya, Mail Syahputra, ditahan ..."), if any."""
    for m in _NAMED_ASIDE.finditer(text):
        after = m.group("after")
        if is_inflected(after, cues):
            return f"{text[: m.end('before')]} {text[m.start('after') :]}"
    return None


def _says_more(words: list[str], k: int, cues: Cues, said: bool) -> bool:
    """Whether ``words[k]`` begins a phrase a headline too long may end before: one of when
    or where, or of why, how much, what it became (``phrase_ends``: "... naik tipis sebesar
    5,85% menjadi Rp7,78 miliar"), not inside one begun the word before ("dari sebesar
    5,51%"); or a clause going on after a comma that names no one ("... target net zero
    emission, bahkan berupaya mempercepatnya"), not after a name (an apposition, a list) or a
    verb of saying ("Sheila menjelaskan, tarif ..."), nor in words said (``said``: "Hakim X:
    Mengadili, menyatakan ...") or before who said them ("..., puji Angelina")."""
    before = words[k - 1]
    if cues.phrase_end.match(words[k]) and not cues.phrase_end.match(before):
        return True
    return (
        before.endswith(",")
        and before[:1].islower()
        and words[k][:1].islower()
        and not said
        and not cues.reporting.fullmatch(before.rstrip(","))
        and not cues.speech.fullmatch(before.rstrip(","))
        and not any(w[:1].isupper() for w in words[k + 1 :])
    )


def _cap(text: str, cues: Cues, phrases: bool = False) -> str:
    words = text.split()
    if len(words) > cues.max_words + 1 and (shorter := _without_named_aside(text, cues)):
        # Too long: first without a name the words before it already tell of.
        return _cap(shorter, cues, phrases)
    if len(words) > cues.max_words + 1:
        # Too long: ended before an adverbial after a comma ("..., di Hotel The St. Regis,
        # kawasan Setiabudi") or names that only say more of the one before it ("di Pondok
        # Kelapa, Jakarta Timur") when what is left tells an action, else cut with "…".
        ends = [
            k
            for k in range(cues.min_words + 1, cues.max_words + 2)
            if words[k - 1].endswith(",")
            and (cues.lead_prep.match(words[k]) or _names_only(words[k:]))
            and has_action(" ".join(words[:k]), cues)
        ]
        if ends:
            words = words[: ends[-1]]
            words[-1] = words[-1].rstrip(",")
            return _cap(" ".join(words), cues, phrases)
        if phrases:
            # Ended before the last phrase that says when or where ("... dalam kemenangan
            # Jokowi pada pemilihan presiden") or only says more (:func:`_says_more`), when it
            # begins past half the length and what is left tells an action.
            said = ": " in text
            ends = [
                k
                for k in range(cues.max_words // 2 + 1, cues.max_words + 1)
                if _says_more(words, k, cues, said) and has_action(" ".join(words[:k]), cues)
            ]
            if ends:
                return _cap(" ".join(words[: ends[-1]]).rstrip(","), cues)
        words = words[: cues.max_words]
        while words and words[-1].lower().strip(",") in cues.dangling:
            words.pop()
        text = " ".join(words).rstrip(",") + " …"
    else:
        while len(words) > 1 and words[-1].lower().strip(",") in cues.dangling:
            words.pop()
        text = " ".join(words).rstrip(",")
    if text:
        text = text[0].upper() + text[1:]
    return text
