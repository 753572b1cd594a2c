"""Fuzzing the event file reader: any text is an event or a list of problems, each naming the
file, on one line, with a line and column that exist; an event written by the tool reads back
as the same event, whatever its text; the safe loader raises nothing but YAML errors.

Inputs are arbitrary text, a valid event file with characters and YAML tokens spliced in
(tags, anchors, aliases, merge keys, flow brackets, tabs, document markers), and events whose
every text field is generated.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from builder.safeyaml import load as safe_load
from builder.store import load_store
from builder.store.schema import Event, Source
from builder.store.yamlio import dump_event, parse_event_text
from tests.hardening.conftest import EVENT

TOKENS = [
    "!!python/object/apply:os.system ['true']", "!!python/name:os.system", "!!int ", "!!float ",
    "!!timestamp ", "!!binary ", "!!set ", "!!omap ", "!Ref ", "&a ", "*a", "*b", "<<: *a",
    "? ", ": ", "- ", "[", "]", "{", "}", ",", "'", '"', "\t", "\n", "\n  ", "---\n", "...\n",
    "%YAML 1.1\n", "#", "|", ">", "2023-02-30", "2023-13", "25:00", "~", "null", "yes", "\x00",
    "\ufeff", "\u2028", "\x85", "id: ", "date: ", "title: ", "sources: ", "hidden: ",
]  # fmt: skip


@st.composite
def spliced(draw) -> str:
    text = EVENT
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:i] + draw(st.sampled_from(TOKENS)) + text[i:]
        else:
            text = text[:i] + text[i + draw(st.integers(1, 20)) :]
    return text


texts = st.one_of(spliced(), st.text(max_size=400), st.lists(st.sampled_from(TOKENS)).map("".join))


def check_problems(text: str, name: str = "timeline/2023/e.yaml") -> None:
    event, _data, problems = parse_event_text(text, name)
    assert (event is None) == bool(problems)
    # YAML breaks lines at NEL and the Unicode separators too, and counts its lines so.
    lines = len(re.findall(r"\r\n|[\n\r\x85\u2028\u2029]", text)) + 2
    for p in problems:
        assert p.path == name and p.message, p
        assert "\n" not in str(p), str(p)
        assert len(str(p)) < 4000, len(str(p))
        if p.line is not None:
            assert 1 <= p.line <= lines, (p.line, lines)
        if p.column is not None:
            assert p.column >= 1, p


@given(text=texts)
@example(text="tags: " + "[" * 500)
@example(text="a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n" + EVENT + "tags: *c\n")
def test_fuzz_event_text_is_an_event_or_problems(text: str):
    check_problems(text)


@given(text=texts)
def test_fuzz_safe_loader_raises_only_yaml_errors(text: str):
    try:
        safe_load(text)
    except yaml.MarkedYAMLError as exc:
        assert exc.problem_mark is not None or exc.context_mark is not None
    except yaml.YAMLError:
        pass  # the reader's own errors (a NUL byte) carry a position of their own


@given(texts=st.lists(texts, min_size=1, max_size=3))
def test_fuzz_a_store_of_broken_files_loads_and_reports(texts: list[str]):
    with tempfile.TemporaryDirectory() as tmp:
        timeline = Path(tmp) / "timeline" / "2023"
        timeline.mkdir(parents=True)
        for i, text in enumerate(texts):
            (timeline / f"e{i}.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        store = load_store(timeline.parent, Path(tmp) / "articles")
        for p in store.problems:
            assert p.path.startswith(str(timeline)) and p.message


# Text as editors and articles write it: any character, words that YAML reads as something
# else, and text that looks like a date, a number or a document marker.
field_text = st.one_of(
    st.text(min_size=1, max_size=60),
    st.sampled_from(["2023-09-11", "yes", "no", "null", "~", "1e3", "0x1F", "- a", "? b", "---",
                     "...", "#x", "a: b", "!!int 3", "&a", "*a", "'", '"', "\\", "@x", "%", "`"]),
).filter(lambda t: t.strip())  # fmt: skip


@given(title=field_text, summary=st.text(max_size=80), quote=field_text, actor=field_text)
@example(title="0", summary="0\x850", quote="a\x85", actor="\u2028x")  # NEL: a line break
def test_fuzz_an_event_written_reads_back_the_same(title, summary, quote, actor):
    event = Event(
        id="2023-09-11-acara",
        date="2023-09-11",
        title=title,
        summary=summary,
        actors=[actor],
        sources=[Source(article="a1", quote=quote, said=quote)],
    )
    text = dump_event(event)
    again, _data, problems = parse_event_text(text, "e.yaml")
    assert problems == [], (problems, text)
    assert again == event
    assert dump_event(again) == text, "writing is stable"
