"""Where a dated mention sits in its sentence: its role and the clause it dates.

A date in a news sentence dates many things besides a happening: when another outlet reported
something ("Dilansir AFP, Sabtu (25/5/2024)"), when someone spoke ("..., kata Hasan, Senin
(16/6)"; after a quotation, "Hal itu disampaikan Hasan dalam rapat ..., Senin (16/6)"), the
start or end of a span ("sejak 2022", "hingga Rabu"), the article's own dateline.
Each of these is recognised here, from the cues of ``events.yaml``, so that candidates are made
deliberately: a plain date dates its clause, a speech date dates the statement, a span start
dates the happening named after "sejak" or a change begun then ("jadi buron sejak 2020",
"ditutup sejak 3 April 2025"), and the rest make no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang.lemma import lemmatize
from .cues import Cues

__all__ = [
    "QUOTE_CHARS",
    "Clause",
    "has_action",
    "in_name_list",
    "is_inflected",
    "place_mention",
    "reports_happening",
    "said_in",
]

#: Roles that make an event.
EVENT_ROLES = frozenset({"plain", "attribution", "span_start", "span_end"})

#: Quotation marks: a sentence with one is (part of) a quotation.
QUOTE_CHARS = '"“”'


@dataclass(frozen=True)
class Clause:
    """The part of a sentence a date belongs to.

    Attributes:
        role: plain, attribution (the date of a statement), span_start (the happening that
            starts a span), span_end (the day a validity ends: "berlaku sampai 30 Juni"),
            citation, span, until, comparison or dateline (the last five make no event).
        kind: main, relative, subordinate, complement or purpose: how the clause hangs on
            the rest of the sentence.
        start: Offset of the clause in the sentence.
        end: Offset just past it.
        speaker: Who made the statement, for an attribution.
        head: The noun a relative clause describes ("Erupsi Gunung Lewotobi" in "Erupsi ...
            yang terjadi pada Selasa").
        reported: What a reporting verb in the clause reports (the "bahwa" clause after it).
        occasion: Where a statement was made, as its attribution says ("membacakan amar
            putusan di Pengadilan Tipikor"), when it names an occasion.
        points_back: The statement is the sentence before ("Hal itu disampaikan X dalam
            rapat ..., Rabu"; an attribution).
    """

    role: str
    kind: str
    start: int
    end: int
    speaker: str | None = None
    head: str | None = None
    reported: str | None = None
    occasion: str | None = None
    points_back: bool = False

    @property
    def makes_event(self) -> bool:
        return self.role in EVENT_ROLES


@cache
def _lemma(word: str) -> str:
    return lemmatize(word, "id")


#: A number, and the word before it.
_NUMBER = re.compile(r"(\S+)?\s*\b\d[\d.,]*")


def _counts(text: str) -> bool:
    """Whether ``text`` holds a number that counts something ("1.410.000.000 porsi"), not one
    that names it after a capitalised word ("Seksi 2 ruas Sayung-Demak", "Tahap 2")."""
    return any(not (m.group(1) or "")[:1].isupper() for m in _NUMBER.finditer(text))


def has_action(text: str, cues: Cues) -> bool:
    """True when ``text`` holds a verb or an event noun: something that can happen."""
    if cues.actions.search(text):
        return True
    for word in re.findall(r"[A-Za-z]+", text):
        lower = word.lower()
        if word[0].isupper() and word != word.capitalize():
            continue  # an acronym (KPK, DPR) is a name, not a verb
        if any(p.match(lower) for p in cues.verb_affixes) and _lemma(lower) != lower:
            return True
    return False


def in_name_list(sentence: str, comma: int, cues: Cues) -> bool:
    """Whether the comma at ``comma`` stands inside a list of three names or more, which
    is one name or the subject of one clause ("Badan Meteorologi, Klimatologi, dan
    Geofisika", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"), not a break."""
    after = sentence[comma + 1 :].lstrip()
    join = cues.list_join.match(after)
    if join:
        after = after[join.end() :]
    if not after[:1].isupper():
        return False
    if cues.list_before.search(sentence, 0, comma):
        return True
    return bool(cues.list_item_before.search(sentence, 0, comma)) and bool(
        cues.list_after.match(sentence, comma)
    )


def _breaks(padded: str, cues: Cues) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, word) of every clause break in the padded sentence, found in its
    lower case. A comma's break inside a list of names ("Badan Meteorologi, Klimatologi, dan
    Geofisika") is none: the list is one name, or the subject of one clause; nor is one that
    opens a phrase that states no break ("untuk pertama kalinya")."""
    lower = padded.lower()
    out = []
    for kind, words in cues.breaks.items():
        for word in words:
            i = lower.find(word)
            # Where the break's word itself starts, after its space or comma.
            lead = len(word) - len(word.lstrip(" ,"))
            while i >= 0:
                if (
                    not (word.startswith(",") and in_name_list(padded, i, cues))
                    and not cues.not_break.match(lower, i + lead)
                    and not (kind == "purpose" and cues.purpose_object.match(padded, i + len(word)))
                ):
                    out.append((i, i + len(word), kind, word.strip(" ,;")))
                i = lower.find(word, i + 1)
    # Two dated clauses joined by "dan" ("... 16 April dan resmi diundangkan ...").
    for m in cues.dated_and.finditer(padded):
        out.append((m.start(1), m.end(1), "boundary", "dan"))
    return sorted(out)


#: Words at most of the noun a relative clause describes, before its "yang".
HEAD_WORDS = 5
#: Words at most of a subject between a leading date and its relative clause.
SUBJECT_WORDS = 6


def _date_then_subject(before: str, after: str, cues: Cues) -> bool:
    """Whether a clause is a leading date ("Pada 7 Juni,"; at most a preposition before it)
    and then a subject alone ("sebuah helikopter"): not "Tadi pagi catatan kami ada 4
    siswa", "Tahun lalu, tuturnya, merupakan tahun"."""
    words = before.split()
    if len(words) > 1 or (words and not cues.lead_prep.match(words[0])):
        return False
    subject = after.strip()
    return (
        subject.startswith(",")
        and "," not in subject[1:]
        and 0 < len(subject[1:].split()) <= SUBJECT_WORDS
    )


#: Words at most of a name set off by a comma after a speaker's title.
APPOSITION_WORDS = 4
#: Characters at most between a speech verb and the date of its attribution tail: the
#: speaker, where and when ("ujar Prabowo dalam pernyataan bersama usai pertemuan dengan
#: Presiden Rusia Vladimir Putin di Istana Konstantinovsky, St. Petersburg, Rusia, pada ...").
#: Longer, it is more of the sentence.
TAIL_CHARS = 180


def tail_speaker(text: str, cues: Cues) -> str | None:
    """The name at the start of an attribution tail: "Gus Ipul saat konferensi pers ...";
    none when the tail starts with where or how it was said ("dalam keterangan tertulis"),
    or is a phrase too long to be a name (see ``speaker_max_words``). One named by what he
    is called is that name ("pria yang akrab disapa Nangoi, dalam ...": Nangoi)."""
    called = cues.nickname.match(text)
    if called:
        text = text[called.end() :]
    m = cues.speaker_end.search(text)
    name = text[: m.start()].strip() if m else text.strip()
    words = name.split()
    most = cues.speaker_max_words
    if not words or len(words) > 2 * most:
        return None
    # A long name is a title's, an organisation's and a person's words, all capitalised but
    # a list's joining word between them ("Plt Deputi Penindakan dan Eksekusi KPK Asep
    # Guntur Rahayu").
    if len(words) > most and not all(
        w[:1].isupper() or (0 < k < len(words) - 1 and cues.list_join.fullmatch(f"{w} "))
        for k, w in enumerate(words)
    ):
        return None
    if m and m.group(0) == ",":
        # "kata Direktur Perlindungan WNI Kemlu, Judha Nugraha dalam keterangannya": a
        # title, then after its comma the name (kept with it; the candidate tells which a
        # place is).
        rest = text[m.end() :]
        n = cues.speaker_end.search(rest)
        after = (rest[: n.start()] if n else rest).split()
        if 2 <= len(after) <= APPOSITION_WORDS and all(w[:1].isupper() for w in after):
            return f"{name}, {' '.join(after)}"
    return name


def occasion(tail: str, cues: Cues) -> str | None:
    """Where the statement of an attribution tail ("Rosihan saat membacakan amar putusan di
    Pengadilan Tipikor") was made: the words after its occasion word, unless they say only
    how a journalist heard it ("saat dihubungi", "dalam keterangan tertulis")."""
    m = cues.occasion.search(tail)
    if not m:
        return None
    what = m.group("what").strip()
    if not what or cues.occasion_not.match(what):
        return None
    return what


#: Words at least of the clause before "sejak" and a closed range of days that tells what
#: was done over them.
CLOSED_WORDS = 3


def place_mention(
    sentence: str,
    start: int,
    end: int,
    cues: Cues,
    first_of_article: bool = False,
    day: bool = False,
    after_quotation: bool = True,
    month: bool = False,
    closed: bool = False,
) -> Clause:
    """The role and clause of the mention at ``start:end`` of ``sentence``; ``day`` says the
    mention is a day (a sentence that opens with "sejak" and a day dates a start, as does a
    day after "sejak" that something was done from: "ditutup sejak 3 April 2025");
    ``after_quotation`` that the sentence before holds a quotation, which a sentence opening
    "Hal itu disampaikan X ..." then attributes (after a sentence in the outlet's own words, it
    is read as any other); ``month`` that it is a month (a figure as of a month is reported)."""
    pre = sentence[:start]
    if first_of_article:
        m = cues.dateline.match(sentence)
        if m and start < m.end():
            return Clause("dateline", "main", 0, m.end())
    if cues.accessed.search(pre):
        return Clause("citation", "main", 0, len(sentence))
    told = cues.said_before.match(pre) if after_quotation else None
    if told:
        # "Hal itu disampaikan X dalam rapat ..., Rabu": the date of the statement the sentence
        # before makes.
        tail = pre[told.end() :]
        # Not "... dalam penutupan retret yang dilaksanakan hari ini": that date is the
        # happening's the tail goes on to tell.
        if _is_tail(tail, cues):
            return Clause(
                "attribution",
                "main",
                0,
                told.end(),
                speaker=tail_speaker(tail, cues),
                occasion=occasion(tail, cues),
                points_back=True,
            )
    attribution = _attribution(pre, cues, sentence[end:])
    citation = cues.citation.search(pre)
    if citation and reports_happening(citation.group("source"), cues):
        # "BMKG melaporkan gempa terjadi pada Rabu": what was reported is dated, not the report.
        citation = None
    if citation and not attribution:
        return Clause("citation", "main", 0, len(sentence))
    if attribution:
        verb_at, who = attribution
        content = sentence[:verb_at].rstrip(" ,")
        return Clause(
            "attribution",
            "main",
            0,
            len(content),
            speaker=tail_speaker(who, cues),
            reported=content,
            occasion=occasion(who, cues),
        )
    span = cues.span.search(pre)
    if span:
        before = sentence[: span.start()].rstrip()
        # A sentence that opens with the day a happening began ("Sejak 13 Juni 2025, Israel
        # meluncurkan serangan ke Iran") dates its start, unless it counts what came since
        # ("Sejak Jumat (13/6), sedikitnya 24 orang telah tewas").
        began = day and not before and not cues.tally.search(sentence[end:])
        # Or a day something was begun to be done ("ditutup sejak 3 April 2025"), unless its
        # clause counts what was done since ("1.410.000.000 porsi dimasak sejak 6 Januari").
        last = re.split(r"[,;:]", before)[-1]
        countless = not cues.tally.search(last) and not _counts(last)
        began = began or (day and bool(cues.started.search(before + " ")) and countless)
        # Or an activity begun then, at whatever precision ("penelitian ini dilakukan sejak
        # 2022").
        began = began or (bool(cues.started_any.search(before + " ")) and countless)
        # Or what was done over days that the sentence closes (``closed``: "Vienna
        # mempromosikan situs judi online sejak 11 Februari hingga 16 April 2025"): done from
        # the first, not a state that goes on; told by a clause of a few words at least (not
        # "ditahan 20 hari, terhitung sejak 21 Oktober hingga 9 November": when it counts).
        began = began or (
            closed and countless and len(last.split()) >= CLOSED_WORDS and has_action(last, cues)
        )
        # Or with such a verb right after it ("sejak 29 Mei 2025 berada di Arab Saudi"): the
        # clause is what follows.
        after = day and bool(cues.started_after.match(sentence[end:])) and countless
        if not (cues.state_change.search(before) or began or after):
            return Clause("span", "main", 0, len(sentence))
        # A state that began at the date ("Harun Masiku yang jadi buron sejak 2020", "nomor
        # itu tak aktif lagi sejak November 2024"): the change is the happening, dated.
        if not after or began:
            start = end = len(before)
    # A validity that ends on the day ("Program pemutihan di Jawa Barat berlaku sampai 30
    # Juni 2025"): its end is a happening of its own (not so a month it lasts into).
    ending = cues.span_end.search(pre) if day else None
    ends = bool(ending)
    # A figure as of a month is what it reports, told by a sentence that opens with the month
    # ("Hingga Agustus 2025, sebanyak 4,8 juta peserta telah tergabung dalam Prolanis") or
    # given before it ("mencapai Rp 75,44 triliun per Maret 2025"). (Not a day's or a year's:
    # "hingga 31 Mei" and "hingga akhir 2024" end the periods of other reports.)
    opening = cues.as_of.search(pre) if month else None
    lead, rest = (pre[: opening.start()], sentence[end:]) if opening else ("", "")
    opens = not lead.strip() and rest.lstrip().startswith(",") and cues.tally.search(rest)
    as_of = bool(opening and (opens or (cues.tally.search(lead) and re.search(r"\d", lead))))
    if (
        not ends
        and not as_of
        and cues.until.search(pre)
        and not cues.effective.search(pre)
        and not (cues.effective_until.search(pre) and cues.effective_after.match(sentence[end:]))
    ):
        return Clause("until", "main", 0, len(sentence))
    if cues.comparison.search(pre):
        return Clause("comparison", "main", 0, len(sentence))
    # Padding lets a break at the very start (" setelah ...") be found like any other.
    breaks = [(s - 1, e - 1, k, w) for s, e, k, w in _breaks(" " + sentence, cues)]
    lo, hi, kind, word = 0, len(sentence), "main", ""
    outer = (lo, kind, word)
    for s, e, k, w in breaks:
        if e <= start:
            outer = (lo, kind, word)
            lo, kind, word = max(e, 0), k, w
        elif s >= end:
            hi = min(hi, max(s, 0))
            break
    if (
        kind == "boundary"
        and word == "dan"
        and not has_action(sentence[lo:hi], cues)
        and sentence[lo:start].strip(" ,").lower() not in cues.bare_list_joins
    ):
        # ", dan" before the last item of a list, no verb of its own ("berlaku ... (6-9 Juni
        # 2025), tiga hari ... (27-29 Juni 2025), dan tiga hari ... (11-13 Juli 2025)"): the
        # item is of the clause the list is in. Not yet a bare date ("dipanggil pada 3 Juni,
        # 11 Juni, dan 17 Juni"): such a list's last happening, told in a sentence of
        # background, does not yet join the reports of that day (``bare_list_joins``).
        lo, kind, word = outer
    opening = sentence[lo:start].split()[:1]
    if kind == "relative" and opening and opening[0].lower() in cues.describing:
        # "... untuk membubarkan kerumunan yang termasuk demonstran pada Sabtu malam": a
        # relative clause that only describes ("yang termasuk", "yang terkait") dates the
        # clause it hangs on.
        lo, kind, word = outer
    elif (
        kind == "relative"
        and opening
        and opening[0].lower() in cues.carried_out
        and _set_off(sentence[:lo], word)
        and _inflected_verb(sentence[outer[0] : lo], cues)
    ):
        # "Polisi memeriksa rumah warga, yang dilakukan pada 6 Juni": set off by a comma,
        # what was carried out then is the clause it hangs on, not the noun before it (but
        # "Festival Topeng Cirebon, yang berlangsung pada 25-26 April": no clause before).
        lo, kind, word = outer
    if kind in ("relative", "subordinate", "purpose"):
        comma = sentence.rfind(", ", lo, start)
        while comma >= 0 and (
            in_name_list(sentence, comma, cues) or not has_action(sentence[comma + 2 : start], cues)
        ):
            # An appositive comma ("kota perbatasan Rusia, Khasan, pada Selasa") does not end
            # the clause, nor one inside a list of names; only one followed by a verb of its
            # own does.
            comma = sentence.rfind(", ", lo, comma)
        if comma >= 0:
            # "Bergabung dengan pejabat yang menangani X, Kim tiba ...": the clause ended at
            # the comma and the sentence resumed.
            lo, kind = comma + 2, "main"
        elif lo <= len(word) + 1:
            # A leading "Setelah X pada Selasa, Y ..." ends at its comma.
            comma = sentence.find(", ", end)
            verb = sentence[lo:start].split()[:1]
            if (
                comma >= 0
                and word.strip().lower() in cues.simultaneous
                and verb
                and verb[0].lower() in cues.contact_verbs
            ):
                # Where a reporter met the speaker ("Saat ditemui seusai jumpa pers, Rabu
                # (18/6), Marcella membantah ..."): the date is of what the main clause says.
                nxt = [s for s, _, _, _ in breaks if s > comma + 1]
                lo, hi, kind = comma + 2, nxt[0] if nxt else len(sentence), "main"
            elif comma >= 0:
                hi = min(hi, comma)
    if kind in ("main", "boundary") and not has_action(sentence[lo:start] + sentence[end:hi], cues):
        # A clause that is nothing but its date ("Baru kemudian pada Selasa (17/6) pukul 17.35
        # Wita, kemudian Gunung Lewotobi meletus") dates the clause a sequence word starts
        # (not the next item of a list: "emisi tahun 1979, 1980, dan 1982 ditarik").
        after = [(s, e, w) for s, e, _, w in breaks if s >= hi]
        if after and after[0][2] in cues.date_clause_joins:
            nxt = [s for s, _, _ in after[1:] if s >= after[0][1]]
            lo, hi, kind = after[0][1], nxt[0] if nxt else len(sentence), "main"
        elif after and after[0][2] in cues.simultaneous and not sentence[:lo].strip():
            # A leading date told by what was so then ("Di tahun 2013 ketika saya masih
            # menjabat di Kemenkes, aliansi APLMA ini pertama kali dibentuk"): the news is the
            # clause after the comma that ends the "ketika" clause.
            comma = sentence.find(", ", after[0][1])
            nxt = [s for s, _, _ in after[1:] if s > comma + 1]
            upto = nxt[0] if nxt else len(sentence)
            if comma >= 0 and has_action(sentence[comma + 2 : upto], cues):
                lo, hi, kind = comma + 2, upto, "main"
        elif (
            after
            and after[0][0] == hi
            and after[0][2] == "yang"
            and _date_then_subject(sentence[lo:start], sentence[end:hi], cues)
        ):
            # Its subject's relative clause comes before its verb ("Pada 7 Juni, sebuah
            # helikopter yang beroperasi di Lembah Kedarnath melakukan pendaratan darurat"):
            # the clause goes on to the next break, if the relative clause's verb is followed
            # by another.
            nxt = [s for s, _, _ in after[1:] if s >= after[0][1]]
            end_at = nxt[0] if nxt else len(sentence)
            words = sentence[after[0][1] : end_at].split()
            verbs = [w for w in words if w[:1].islower() and has_action(w, cues)]
            if len(verbs) >= 2:
                hi = end_at
    extension = next(
        (
            ending.start(group)
            for group in ("extends", "permits")
            if ending and group in ending.re.groupindex and ending.group(group)
        ),
        -1,
    )
    if 0 <= extension < lo:
        # The day an extension (or a leave) runs to is the extension's, told from the clause
        # its word is in ("Trump memberi perpanjangan waktu bagi ByteDance untuk melepas aset
        # TikTok di AS hingga 17 September": Trump gave it; ByteDance sells nothing that day).
        lo = max((e for _, e, _, _ in breaks if e <= extension), default=0)
    clause_text = sentence[lo:hi]
    role = "span_end" if ends else "span_start" if span else "plain"
    if (
        kind == "subordinate"
        and cues.span.pattern
        and re.fullmatch(r"sejak|semenjak", word, re.IGNORECASE)
        # Not a "sejak" before another date of the sentence ("... perundingannya dimulai
        # sejak 2016 itu rencananya diimplementasikan pada 2026": 2026 is planned).
        and not re.match(r"\s*\d", sentence[lo:start])
    ):
        role = "span_start"
    head = None
    if kind == "relative" and word == "yang":
        before = sentence[:lo].rstrip()
        before = before[: len(before) - len("yang")].rstrip(" ,")
        cut = max(before.rfind(","), before.rfind(";"))
        words = before[cut + 1 :].split()
        while words and words[0].lower() in cues.relative_head_drop:
            words = words[1:]
        head_words = _head_words(words, cues)
        if head_words and head_words[0].lower() in cues.copulas:
            # "iOS 26 merupakan penerus dari iOS 18 yang ...", its subject before the words
            # kept: the noun is after the copula ("Timor adalah merek mobil yang ..." keeps
            # its subject and copula).
            head_words = head_words[1:]
        head = " ".join(_noun_phrase(head_words, cues)) or None
        comma = sentence.find(", ", end, hi)
        resumed = sentence[comma + 2 :].split()[:1] if comma >= 0 else []
        if resumed and resumed[0].lower() in cues.clause_subjects:
            # "..., mereka masih berada di Arab Saudi": the relative clause ended at the comma.
            hi = comma
            clause_text = sentence[lo:hi]
    reported = None
    if cues.reporting.search(clause_text):
        for s, e, k, _ in breaks:
            if k == "complement" and s >= hi - 1:
                nxt = [b for b in breaks if b[0] > s and b[2] == "boundary"]
                reported = sentence[e : nxt[0][0] if nxt else len(sentence)]
                break
    return Clause(role, kind, lo, hi, head=head, reported=reported)


def reports_happening(source: str, cues: Cues) -> bool:
    """True when the words between a citation cue (its last) and its date hold a verb of
    their own (an inflected one, or one of the status words of a happening: "terjadi"):
    they are what was reported, not who reported it or where ("dari laman resminya", "dari
    keterbukaan informasi")."""
    for cue in cues.citation_cue.finditer(source):
        source = source[cue.end() :]
    return any(
        cues.verbs.match(w) and (_lemma(w) != w or cues.happened.search(w))
        for w in re.findall(r"\b[a-z]+\b", source)
    )


def _set_off(before: str, word: str) -> bool:
    """Whether ``before`` ends in ``word`` with a comma before it (", yang")."""
    before = before.rstrip()
    return before.endswith(word) and before[: len(before) - len(word)].rstrip().endswith(",")


def is_inflected(word: str, cues: Cues) -> bool:
    """Whether ``word`` is a verb with a prefix before its stem ("ditahan", "memeriksa"), not
    a word that only starts like one ("mereka", "dinas")."""
    return bool(cues.verbs.match(word)) and lemmatize(word, cues.code) != word


def _inflected_verb(text: str, cues: Cues) -> bool:
    """Whether ``text`` holds a verb with an affix ("memeriksa", "ditangkap"): a clause of
    its own, not a noun phrase ("Acara tersebut": a word a headline drops is none)."""
    return any(
        is_inflected(w, cues) and not cues.drop_words.fullmatch(w)
        for w in re.findall(r"\b[a-z]+\b", text)
    )


def _head_words(words: list[str], cues: Cues) -> list[str]:
    """The last words before "yang", at most ``HEAD_WORDS``; one more when they would start
    with a preposition ("podcast di kanal Youtube Ferdy Element yang tayang ...": the podcast,
    not "di kanal ..."). That word must be a common noun ("podcast") or an acronym ("satu RT
    di wilayah Jakarta Barat"): no verb nor connective ("Bermula dari ...", "Sementara dalam
    ..."), nor a name's last word, whose name may be long."""
    if len(words) > HEAD_WORDS and cues.lead_prep.match(words[-HEAD_WORDS]):
        prev = words[-HEAD_WORDS - 1]
        if prev.isalpha() and (
            prev.isupper()
            or (prev.islower() and not has_action(prev, cues) and not cues.drop_leading.match(prev))
        ):
            return words[-HEAD_WORDS - 1 :]
    return words[-HEAD_WORDS:]


def _noun_phrase(words: list[str], cues: Cues) -> list[str]:
    """The noun a relative clause describes, of the words before "yang": a name after a verb
    is the verb's object ("menangkap Harun Masiku yang jadi buron": "Harun Masiku")."""
    n = len(words)
    while n > 0 and words[n - 1][:1].isupper():
        n -= 1
    if 0 < n < len(words) and _is_verb(words[n - 1], cues):
        return words[n:]
    # The noun after a verb's preposition ("ketiga kalinya tertuang dalam perintah eksekutif
    # yang diterbitkan ...": "perintah eksekutif").
    # (Not a date after it, "tercetus pada 1959", nor another preposition or a verb.)
    for i in range(len(words) - 2, 0, -1):
        if (
            cues.lead_prep.fullmatch(words[i].lower())
            and words[i - 1].islower()
            and is_inflected(words[i - 1], cues)
            and words[i + 1][:1].isalpha()
            and not cues.lead_prep.fullmatch(words[i + 1].lower())
            and words[i + 1].lower() not in cues.object_prepositions
            and not any(is_inflected(w, cues) for w in words[i + 1 :])
        ):
            return words[i + 1 :]
    return words


def _is_verb(word: str, cues: Cues) -> bool:
    """A verb that takes an object ("menangkap", "ditangkap"; not "berkonsep")."""
    lower = word.lower()
    return bool(cues.transitive.match(lower)) and _lemma(lower) != lower


def said_in(sentence: str, cues: Cues) -> tuple[str, str | None]:
    """What a sentence says without its attribution, and who it says said it ('"Kami cek,"
    kata Eka.': "Kami cek", Eka)."""
    found = _attribution(sentence.rstrip(" .") + " ", cues)
    if not found:
        return sentence, None
    return sentence[: found[0]].rstrip(" ,"), tail_speaker(found[1], cues)


#: A name of one to four capitalised words right after a comma or a quotation mark, at
#: the end of what comes before a speech verb.
_NAME_BEFORE = re.compile(
    rf"[,{QUOTE_CHARS}’]\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*)$"
)


def _attribution(pre: str, cues: Cues, after: str = "") -> tuple[int, str] | None:
    """(offset of the speech verb, the words after it) when ``pre`` ends in "..., kata X, ";
    (offset of the name, the name) when it ends in "..., X mengatakan pada " and the sentence
    ends after the date (``after``) but for a citation ("seperti dilansir Anadolu"): what
    follows is otherwise what X said ("X mengatakan pada Senin bahwa ...")."""
    best = None
    ends = not re.search(r"\w", after) or bool(cues.citation_cue.match(after.lstrip(" ,")))
    for m in cues.speech.finditer(pre):
        before = pre[: m.start()].rstrip()
        # "..., Cointelegraph melaporkan pada hari Jumat": a name before the verb says it.
        named = _NAME_BEFORE.search(before)
        if named:
            if ends and cues.said_on.match(pre[m.end() :]):
                best = (named.start("name"), named.group("name"))
            continue
        if not before or before[-1] not in ',"”’' + QUOTE_CHARS:
            continue
        if before[-1] == "," and before[0] in QUOTE_CHARS:
            # Inside the quotation the sentence opened, no quotation mark closing it before
            # the word ('"Dalam kasus ini, ..., jelas ini adalah kursi paling aman ...').
            continue
        tail = pre[m.end() :]
        # (With no words quoted before him, a speaker may be an aside: see _goes_on.)
        quoted = any(q in before for q in QUOTE_CHARS)
        if _is_tail(tail, cues) and (quoted or not _goes_on(tail, cues)):
            best = (m.start(), tail.strip())
    return best


def _goes_on(tail: str, cues: Cues) -> bool:
    """Whether the sentence goes on after a speaker set off by commas, with no words quoted
    before him ("Riky, kata Harryo, sempat kabur pada ..."): the attribution is an aside,
    and what follows is the sentence's own clause, not where or when it was said ("...,"
    kata Rudi, saat ditemui ...")."""
    _, comma, rest = tail.partition(",")
    words = rest.split()
    return (
        bool(comma)
        and bool(words)
        and words[0][:1].islower()
        and not cues.speaker_end.match(" " + words[0])
        and has_action(rest, cues)
    )


def _is_tail(tail: str, cues: Cues) -> bool:
    """Whether the words between a speech verb and a date are an attribution's tail (who,
    where, when): short, no quotation in them, and not going on with the sentence ("..., kata
    X bahwa ...")."""
    return (
        len(tail) <= TAIL_CHARS
        and not any(q in tail for q in QUOTE_CHARS)
        and not cues.tail_stop.search(cues.tail_allow.sub(" ", tail))
    )
