"""Fuzzing the readers and the article file: any bytes, in a file of any supported type, are
read as an article or refused with one line that names the file; an article that is read is
written and read back unchanged.

Inputs are arbitrary bytes, the fixture pages and seed texts with bytes flipped, cut and
inserted, text in other encodings, Markdown with generated front matter, and JSON Lines rows
built from generated objects.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from builder.ingest import prepare
from builder.ingest.article import ArticleError, parse_article, render_article
from builder.ingest.readers import RawDocument, ReadError, read_path
from tests.conftest import ROOT, SEEDS

SUFFIXES = [".txt", ".md", ".html", ".htm", ".jsonl", ".markdown", ".pdf", ""]
FIXTURES = tuple(
    p.read_bytes()
    for p in sorted([*SEEDS.glob("*.txt"), *(ROOT / "tests" / "fixtures" / "html").glob("*.html")])
)


@st.composite
def mutated_fixture(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(FIXTURES)))
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.integers(0, 3))
        if op == 0:
            data[i] = draw(st.integers(0, 255))
        elif op == 1:
            data[i:i] = draw(st.binary(min_size=1, max_size=16))
        elif op == 2:
            del data[i : i + draw(st.integers(1, 400))]
        else:
            data = data[:i]
    return bytes(data)


#: Pieces of YAML, joined at random: tokens that open structures, tags, anchors, dates.
YAML_PIECES = [*"abc:-[]{}'\"!&*?|>#%@`,\n \t019", "!!python/object:os.system ", "published: ",
               "title: ", "language: ", "id: ", "2023-02-30", "<<: ", "&a ", "*a", "!!int ",
               "!!binary ", "\n  - ", "---", "..."]  # fmt: skip
yaml_ish = st.lists(st.sampled_from(YAML_PIECES), max_size=30).map("".join)


@st.composite
def markdown(draw) -> bytes:
    front = draw(yaml_ish)
    body = draw(st.sampled_from(FIXTURES)).decode("utf-8", "replace")[: draw(st.integers(0, 3000))]
    return f"---\n{front}\n---\n\n{body}".encode(draw(st.sampled_from(["utf-8", "utf-16"])))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
row_keys = st.sampled_from(["text", "title", "published", "published_raw", "language", "outlet",
                            "url", "id", "date", "time"])  # fmt: skip


@st.composite
def jsonl(draw) -> bytes:
    rows = []
    for _ in range(draw(st.integers(1, 3))):
        row = draw(st.dictionaries(row_keys, json_values, max_size=5))
        if draw(st.booleans()):
            row["text"] = draw(st.sampled_from(FIXTURES)).decode("utf-8", "replace")[:2000]
        rows.append(json.dumps(row, ensure_ascii=draw(st.booleans())))
    return ("\n".join(rows) + "\n").encode()


inputs = st.one_of(
    st.binary(max_size=3000),
    mutated_fixture(),
    st.text(max_size=1000).map(lambda t: t.encode("utf-8")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=500).map(
        lambda t: t.encode("latin-1")
    ),
    markdown(),
    jsonl(),
)


def check_read(path: Path) -> list[RawDocument]:
    docs = []
    for item in read_path(path):
        if isinstance(item, ReadError):
            message = str(item)
            assert message.startswith(str(path)), message
            assert "\n" not in message and len(message) < 2000, message
        else:
            assert isinstance(item, RawDocument) and isinstance(item.text, str)
            docs.append(item)
    return docs


def check_article(doc: RawDocument, path: Path) -> None:
    """Clean it as ingest does; what is kept is written and read back unchanged."""
    from builder.ingest import _article  # the step between a draft and the file

    try:
        draft = prepare(doc)
    except ReadError as exc:
        assert "\n" not in str(exc), str(exc)
        return
    article = _article(draft, "fuzz-article")
    text = render_article(article)
    try:
        again = parse_article(text, Path("fuzz-article.md"))
    except ArticleError as exc:
        raise AssertionError(
            f"an ingested article does not read back: {exc}\n{text[:600]}"
        ) from None
    assert again.body == article.body.strip()
    # An article whose text gives no title reads back titled by its id.
    assert again.title == (article.title or "fuzz-article")
    assert again.published == article.published
    assert again.language == article.language


@given(data=inputs, suffix=st.sampled_from(SUFFIXES))
def test_fuzz_readers_never_crash(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for doc in check_read(path):
            check_article(doc, path)


@given(text=st.text(max_size=400), front=yaml_ish)
def test_fuzz_article_files_parse_or_say_why(text: str, front: str):
    """A file in content/articles/ is an article or an ArticleError naming it, never a crash."""
    for candidate in (text, f"---\n{front}\n---\n\n{text}"):
        try:
            parse_article(candidate, Path("content/articles/a.md"))
        except ArticleError as exc:
            assert str(exc).startswith("content/articles/a.md"), str(exc)
            assert "\n" not in str(exc), str(exc)
