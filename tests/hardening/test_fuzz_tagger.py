"""Fuzzing the temporal tagger: whatever the text and the publication date, it never raises,
every mention lies inside the text and is exactly its slice, and every value is a well-formed
TIMEX3 value (a date that exists in the calendar, a duration that parses, a set).

Texts are the language's own rule examples and negative cases, cut, joined and mutated
(digits swapped for impossible ones, letters whose case changes their length, invisible and
right-to-left characters), plus arbitrary Unicode. `make fuzz` runs thousands of examples.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from hypothesis import example, given
from hypothesis import strategies as st

from builder.lang import LANG_DIR, available, load_data
from builder.temporal import get_tagger

TYPES = {"DATE", "TIME", "DURATION", "SET"}

_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(
    rf"^P(?=.)(?:{_NUM}(?:Y|M|W|D|DE|CE|ML|Q|WE|H))*(?:T(?=.)(?:{_NUM}(?:H|M|S))+)?$"
)
_PART = r"(?:T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}(?::\d{2})?)?))"
_DATE = re.compile(
    r"^(?:"
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?"
    r"|\d{4}-W(?P<w>\d{2})(?:-WE|-\d)?"
    r"|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|\d{2,3}"
    r"|XXXX(?:-(?:XX|\d{2}))?(?:-(?:XX|\d{2}))?"
    r"|XXXX-WXX-[1-7]"
    r")" + _PART + "?$"
)
_REF = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
PRECISIONS = {
    None, "minute", "hour", "partofday", "day", "weekend", "week", "month", "quarter", "half",
    "season", "year", "decade", "century", "duration", "reference", "set",
}  # fmt: skip


def timex_problem(value: str | None) -> str | None:
    """Why ``value`` is not a well-formed TIMEX3 value, or None."""
    if value is None or value in _REF or _DURATION.match(value):
        return None
    m = _DATE.match(value)
    if not m:
        return f"{value!r} has no TIMEX3 form"
    if m.group("m"):
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return f"{value!r}: month {month} does not exist"
        if m.group("d"):
            try:
                dt.date(int(m.group("y")), month, int(m.group("d")))
            except ValueError:
                return f"{value!r} is not a day of the calendar"
    if m.group("w") and not 1 <= int(m.group("w")) <= 53:
        return f"{value!r}: week {m.group('w')} does not exist"
    return None


@cache
def _examples(code: str) -> tuple[str, ...]:
    texts: list[str] = []
    rules = load_data(code, "rules") or {}
    for rule in rules.get("rules", []):
        for ex in rule.get("examples", []) or []:
            if isinstance(ex, dict) and ex.get("text"):
                texts.append(str(ex["text"]))
    for case in (load_data(code, "negatives") or {}).get("cases", []):
        if isinstance(case, dict) and case.get("text"):
            texts.append(str(case["text"]))
    return tuple(texts)


LANGUAGES = [c for c in available() if (LANG_DIR / c / "rules.yaml").exists()]
#: Characters that break naive offset arithmetic or look like what they are not: case
#: mappings that change length (İ, ß, ŉ, ﬁ), combining marks, zero-width and bidi controls,
#: digits of other scripts, fullwidth and superscript digits, NBSP, a line separator.
TRICKY = "İıßẞŉﬁǰ\u0307\u0301\u200b\u200d\u2060\ufeff\u202e\u2066\u00a0\u2028١٢٣０９²³\t\r\x00"
SEPARATORS = [" ", ", ", ". ", "\n", "\n\n", " (", ") ", "/", "-", " - ", ""]


@st.composite
def mutated(draw, code: str) -> str:
    pieces = draw(st.lists(st.sampled_from(_examples(code)), min_size=1, max_size=4))
    text = ""
    for piece in pieces:
        text += draw(st.sampled_from(SEPARATORS)) + piece
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        i = draw(st.integers(0, len(text) - 1))
        op = draw(st.integers(0, 5))
        if op == 0:  # another number where a number was: day 31 of February, month 13, ...
            found = re.search(r"\d+", text[i:])
            if found:
                number = draw(st.sampled_from(["0", "00", "13", "29", "30", "31", "32", "99",
                                               "2024", "9999", "10000", "1" * 30]))  # fmt: skip
                text = text[: i + found.start()] + number + text[i + found.end() :]
        elif op == 1:
            text = text[:i] + draw(st.text(alphabet=TRICKY, min_size=1, max_size=3)) + text[i:]
        elif op == 2:
            j = draw(st.integers(i, min(len(text), i + 12)))
            text = text[:i] + text[j:]
        elif op == 3:
            text = text.upper() if draw(st.booleans()) else text.lower()
        elif op == 4:
            text = text[:i] + draw(st.sampled_from(SEPARATORS)) + text[i:]
        else:
            text = text[:i] + draw(st.text(max_size=5)) + text[i:]
    return text


anchors = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))


def check_mentions(code: str, text: str, published: dt.date, values: bool = True) -> None:
    mentions = get_tagger(code).tag(text, published)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert m.text == text[m.start : m.end], (m.text, text[m.start : m.end])
        assert m.type in TYPES, m.type
        if values:
            assert m.precision in PRECISIONS, m.precision
            for value in (m.value, m.end_value, m.anchor_value):
                assert timex_problem(value) is None, (timex_problem(value), m)
    # Deterministic: the same text and date give the same mentions.
    assert get_tagger(code).tag(text, published) == mentions


@given(code=st.sampled_from(LANGUAGES), data=st.data(), published=anchors)
@example(code="id", data=None, published=dt.date(2024, 2, 29))
def test_fuzz_tagger_on_mutated_examples(code, data, published):
    text = data.draw(mutated(code)) if data is not None else "Kamis (30/2) dan 31 Februari 2023"
    check_mentions(code, text, published)


@given(code=st.sampled_from(LANGUAGES), text=st.text(max_size=300), published=anchors)
def test_fuzz_tagger_on_arbitrary_text(code, text, published):
    check_mentions(code, text, published)


@given(
    code=st.sampled_from(LANGUAGES),
    data=st.data(),
    # Year 1 itself is left out: see test_month_before_year_one_does_not_raise.
    published=st.sampled_from([dt.date(2, 1, 1), dt.date(2, 12, 31), dt.date(9999, 12, 30),
                               dt.date(9999, 12, 31)]),
)  # fmt: skip
def test_fuzz_tagger_at_the_ends_of_the_calendar(code, data, published):
    """Publication dates at year 1 and 9999: offsets from them leave the calendar, and the
    tagger still never raises and its spans stay exact (values: see the test below)."""
    check_mentions(code, data.draw(mutated(code)), published, values=False)


def test_values_stay_in_four_digit_years():
    # Found by the fuzzer: 'tahun depan' from 9999 gave '10000', '1980 tahun lalu' from 1979
    # gave '-001'; a date past the calendar's ends is no date.
    check_mentions("id", "Acara itu digelar tahun depan.", dt.date(9999, 12, 30))
    check_mentions("id", "tanda tahun 1980 Tahun lalu, Kim", dt.date(1979, 1, 1))


def test_month_before_year_one_does_not_raise():
    # Found by the fuzzer: 'Agustus lalu' from 0001-01-01 named year 0, and the next
    # mention counted from it raised.
    check_mentions("id", "Agustus lalu dan akhir bulan.", dt.date(1, 1, 1), values=False)


def test_timex_check_tells_good_from_bad():
    for good in ["2023", "2023-09", "2023-09-12", "2023-W37", "2023-W37-WE", "2023-Q3", "202",
                 "20", "2023-09-12TMO", "2023-09-12T10:58", "P3D", "PT48H", "P1.5Y", "PXY",
                 "P1DE", "XXXX-WXX-1", "XXXX-XX-XXTMO", "PAST_REF", None]:  # fmt: skip
        assert timex_problem(good) is None, good
    for bad in ["2023-02-30", "2023-13", "2023-W60", "P", "PT", "Senin", "2023-9-1", "23-09-12"]:
        assert timex_problem(bad) is not None, bad
