"""Glued words: words run together where a page's links were stripped from its text.

"menilaiLamine Yamalmenjadi kandidat" was "menilai <a>Lamine Yamal</a> menjadi kandidat". A
token is split only where the evidence is clear:

* at a change from lower case to a capital ("kameraElectronic", "diKUA"), or from a run of
  capitals to a capitalised word ("PSSIErick"), when the part before it is a word;
* into two or three parts that are all words, when the whole is not one, and one part is a
  short function word that never ends another word ("Agamaatau", "Jakartadan") or a word the
  article uses on its own that the dictionary does not know (a name, a foreign word:
  "Yamalmenjadi", "nontonstreamingpertandingan");
* into a capitalised word the article writes alone and an inflected verb after it
  ("Timurdialihkan": "dialihkan" is "alih" with affixes; ``verb_prefixes`` of language.yaml),
  or a name it never writes alone and a long inflected verb ("Heryawanmenegaskan"), the
  longest such verb ("Alonso memberikan", not "Alonsomem berikan");
* a Roman numeral glued to capitals the article writes alone or that start an
  organisation's name ("Komisi IIIDPR");
* into two verbs, each with its prefix before its stem ("meletusmenyemburkan"), when the
  whole is no word (a stem with endings, "menitikberatkan", is not a prefixed verb).

A word is one the Indonesian lemma dictionary of simplemma knows, or one the article itself
uses standing alone. Closed compounds both of whose parts are dictionary words ("kerjasama")
are left as written. Words written with inner capitals on purpose ("detikNews", "YouTube")
are language data (``unglue_keep`` in boilerplate.yaml); the function words are
``glue_words``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ..lang import load_data
from ..lang.lemma import is_known

__all__ = ["Unglue", "unglue_for"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
#: A site's domain ending ("logammulia.com"): a token before one is a name, written as it is.
_TLD = r"\.(?:com|co|id|net|org|tv|news)\b"
_DOMAIN = re.compile(rf"\w{_TLD}", re.IGNORECASE)
_DOMAIN_AFTER = re.compile(_TLD, re.IGNORECASE)
#: A Roman numeral before a run of capitals ("IIIDPR").
_NUMERAL = re.compile(r"X{0,2}(?:IX|IV|V?I{1,3}|V)(?=[A-Z]{2,}$)")
#: The shortest part that is not a function word.
MIN_PART = 4
#: The shortest parts two dictionary words glued together may be split into, when the
#: article writes both alone.
LONG_PART = 5
#: The shortest inflected verb read after a name the article never writes alone.
NAMED_VERB = 7


@dataclass
class Unglue:
    """Splits the glued words of one article, judged with that article's own vocabulary."""

    code: str
    keep: frozenset[str]
    glue: frozenset[str]
    before_capital: frozenset[str]
    suffixes: frozenset[str]
    keep_prefixes: tuple[str, ...]
    seen: Counter[str]
    verb_prefixes: tuple[str, ...] = ()
    #: Verb prefixes that are also words before a capital ("di").
    passive_prefixes: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.passive_prefixes = tuple(p for p in self.verb_prefixes if p in self.before_capital)

    def is_word(self, word: str) -> bool:
        low = word.lower()
        return low in self.glue or self.seen[low] > 0 or is_known(low, self.code)

    def _own(self, word: str) -> bool:
        """Used alone in the article but unknown to the dictionary: a name, a foreign word."""
        low = word.lower()
        return self.seen[low] > 0 and not is_known(low, self.code) and low not in self.glue

    def _part_ok(self, part: str) -> bool:
        if part.lower() in self.glue:
            return True
        return len(part) >= MIN_PART and part.lower() not in self.suffixes and self.is_word(part)

    def _split_plain(self, token: str, opening: bool = True) -> list[str] | None:
        """Two or three parts of a letters-only token, if the evidence is clear. A function
        word is read at the start of a capitalised token only where a sentence opens
        (``opening``: "Untukrekomendasi"); inside one it starts a name ("BPI Danantara")."""
        low = token.lower()
        # The whole is a word if the dictionary knows it or the article writes it elsewhere.
        if len(token) < 5 or not token.isalpha() or is_known(low, self.code) or self.seen[low] > 1:
            return None
        if not (token.islower() or (token[0].isupper() and token[1:].islower())):
            return None
        best: list[str] | None = None
        best_rank: tuple[int, int] | None = None
        for parts in self._readings(token):
            named = token[0].isupper() and self._name_and_verb(parts)
            if not named and not all(self._fits(parts, i) for i in range(len(parts))):
                continue
            # A capitalised token may be a name ("Mahalini", "Banjarbaru"): split it only
            # if the article also writes its first part alone ("Yamal", "Agama"), or if an
            # inflected verb follows it ("Rakaberziarah", "Heryawanmenegaskan").
            if token[0].isupper() and self.seen[parts[0].lower()] == 0 and not named:
                continue
            if token[0].isupper() and not opening and parts[0].lower() in self.glue:
                continue
            clear = (
                any(p.lower() in self.glue for p in parts)
                or any(self._own(p) for p in parts)
                or (token[0].isupper() and len(parts) == 2 and self._inflected_verb(parts[1]))
                or (len(parts) == 2 and all(self._prefixed_verb(p) for p in parts))
                or (
                    token.islower()
                    and len(parts) == 2
                    and all(self._written_alone(p) for p in parts)
                )
            )
            # Fewest parts first, then the longest first part, but the longest verb after a
            # name ("Alonso memberikan", not "Alonsomem berikan"): one reading, always.
            rank = (len(parts), len(parts[0]) if named else -len(parts[0]))
            if clear and (best_rank is None or rank < best_rank):
                best, best_rank = parts, rank
        return best

    def _name_and_verb(self, parts: list[str]) -> bool:
        """A name and an inflected verb run together, the verb long and the name no shorter
        than ``MIN_PART`` ("Raka" + "berziarah"): a name's own end is rarely such a verb,
        and a sentence's subject is mostly followed by one."""
        return (
            len(parts) == 2
            and len(parts[0]) >= MIN_PART
            and len(parts[1]) >= NAMED_VERB
            and self._inflected_verb(parts[1])
        )

    def _written_alone(self, part: str) -> bool:
        """A long dictionary word the article also writes alone: two such glued together in
        lower case ("dugaankorupsi", both written alone elsewhere) are two words, where a
        closed compound's short part ("kerjasama") is not enough, nor a name ("Tanahmerah")."""
        low = part.lower()
        return len(low) >= LONG_PART and self.seen[low] > 0 and is_known(low, self.code)

    def _verb_lemma(self, part: str) -> str | None:
        """The lemma of a dictionary word that starts like an inflected verb
        (``verb_prefixes`` of language.yaml), else None."""
        if len(part) < 6 or not part.islower() or not part.startswith(self.verb_prefixes):
            return None
        if not is_known(part, self.code):
            return None
        from simplemma import lemmatize

        return lemmatize(part, lang=self.code)

    def _inflected_verb(self, part: str) -> bool:
        """A dictionary verb with a prefix, its lemma shorter than itself ("dialihkan")."""
        lemma = self._verb_lemma(part)
        return lemma is not None and len(lemma) < len(part) - 2

    def _prefixed_verb(self, part: str) -> bool:
        """A dictionary verb with a prefix before its stem ("meletus" from "letus",
        "menyemburkan" from "sembur"), not a stem with endings only ("beratkan")."""
        lemma = self._verb_lemma(part)
        return lemma is not None and 3 <= len(lemma) <= len(part) - 2 and not part.startswith(lemma)

    @staticmethod
    def _readings(token: str) -> list[list[str]]:
        n = len(token)
        out = [[token[:i], token[i:]] for i in range(2, n - 1)]
        out += [
            [token[:i], token[i:j], token[j:]] for i in range(2, n - 3) for j in range(i + 2, n - 1)
        ]
        return out

    def _fits(self, parts: list[str], i: int) -> bool:
        part = parts[i]
        if self._part_ok(part):
            return True
        # "di", "ke" after a name the article uses alone ("Hubdi"): never as a first part,
        # where they are prefixes ("dikonfirmasi"), nor before more lower-case letters, where
        # they are too ("Ricardivonis" is "Ricar divonis", "Subdivisi" one word).
        if i > 0 and part in self.before_capital:
            return i == len(parts) - 1 and len(parts[i - 1]) >= 3 and self._own(parts[i - 1])
        # A passive the dictionary does not know, its stem a word: "divonis", "direspons".
        passive = i > 0 and next((p for p in self.passive_prefixes if part.startswith(p)), "")
        if passive and len(part) - len(passive) >= MIN_PART:
            return self.is_word(part[len(passive) :])
        # A short name the article uses alone, before "di" or "ke": "Hubdi".
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        return nxt in self.before_capital and len(part) >= 3 and self._own(part)

    def _keep_at(self, token: str) -> tuple[int, int] | None:
        """Where a word written with inner capitals on purpose sits in ``token``."""
        for k in sorted(self.keep, key=len, reverse=True):
            at = token.find(k)
            if at >= 0:
                return at, at + len(k)
        for prefix in self.keep_prefixes:
            m = re.search(rf"{re.escape(prefix)}[A-Z][a-z]+", token)
            if m:
                return m.start(), m.end()
        return None

    def _split_case(self, token: str) -> list[str]:
        """Split at case changes: "menilaiLamine", "PSSIErick", "FIFAuntuk", "didetikJabar"."""
        if not token:
            return []
        kept = self._keep_at(token)
        if kept:
            start, end = kept
            before, word, after = token[:start], token[start:end], token[end:]
            if before and not self.is_word(before):
                return [token]
            if after[:1].isalpha():
                return [*self._split_case(before), word, *self._split_case(after)]
            # "YouTube-nya": what follows is not a word of its own.
            return [*self._split_case(before), word + after]
        cuts = []
        for m in re.finditer(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})", token):
            cuts.append((m.start(), "case"))
        # An acronym run into the next word: "FIFAuntuk", "HIVdisebabkan", "FDRmeluncurkan".
        for m in re.finditer(r"(?<=[A-Z]{2})(?=[a-z]{3,})", token):
            tail = re.match(r"[a-z]+", token[m.start() :])
            if tail and self._part_ok(tail.group(0)):
                cuts.append((m.start(), "acronym"))
        acronym_ends = {cut for cut, kind in cuts if kind == "acronym"}
        # "FIFAuntuk" is "FIFA untuk", not "FIF Auntuk".
        cuts = [(c, k) for c, k in cuts if not (k == "case" and c + 1 in acronym_ends)]
        parts, last = [], 0
        for cut, kind in sorted(cuts):
            left, rest = token[last:cut], token[cut:]
            if kind == "acronym":
                parts.append(left)
                last = cut
                continue
            # Only where the part before is a word: "iPhone", "eSports", "LaLiga", "JetBlue"
            # stay whole, and so does a name ending in capitals ("MotoGP").
            if (
                left[:1].isupper()
                and rest.isupper()
                and len(rest) <= 3
                and not (len(left) >= LONG_PART and is_known(left.lower(), self.code))
            ):
                continue  # unless a long dictionary word stands before ("DilansirAFP")
            if left.isupper() and len(left) >= 2:
                right = re.match(r"[A-Z][a-z]+", rest)
                if right and (len(left) >= 3 or self.is_word(right.group(0))):
                    parts.append(left)
                    last = cut
                continue
            shortest = 4 if left[:1].isupper() else 3
            # Or where it is itself glued words ("GhazalidanAlyssa": "Ghazali dan", "Alyssa").
            if left in self.before_capital or (
                len(left) >= shortest and (self.is_word(left) or self._split_plain(left))
            ):
                parts.append(left)
                last = cut
        parts.append(token[last:])
        return parts

    def word(self, token: str, opening: bool = True) -> str:
        """``token`` with its glued words split; ``opening`` when it opens a sentence."""
        # Most tokens are plain dictionary words: answered without trying any split.
        if token.islower() and (len(token) <= MIN_PART or is_known(token, self.code)):
            return token
        if token in self.keep or _DOMAIN.search(token):
            return token
        left, hyphen, right = token.partition("-")
        if hyphen and len(left) >= 3 and left.isupper() and right[:1].isupper():
            # A dateline run into the first word ("JAKARTA-Gempaberkekuatan"): the word after
            # it is judged on its own, unless the article writes it alone ("HIPMI-Danantara").
            return token if self.seen[right.lower()] else f"{left}-{self.word(right, opening)}"
        out = []
        for part in self._split_case(token):
            plain = self._split_plain(part, opening and not out) if part not in self.keep else None
            out.extend(plain or self._split_numeral(part) or self._split_hyphenated(part))
        return " ".join(out)

    def _split_numeral(self, token: str) -> list[str] | None:
        """A Roman numeral of two letters or more glued to capitals the article writes alone
        or that start an organisation's name (``organisation_heads``): "Komisi IIIDPR" is
        "Komisi III DPR"."""
        m = _NUMERAL.match(token)
        if not m or len(m.group(0)) < 2:
            return None
        rest = token[m.end() :]
        if self.seen[rest.lower()] == 0 and rest not in _organisation_heads(self.code):
            return None
        return [m.group(0), rest]

    def _split_hyphenated(self, token: str) -> list[str]:
        """A hyphenated word the article writes alone, glued to a short word after it:
        "Laki-Lakidi" is "Laki-Laki di" when "Laki-Laki" stands alone elsewhere."""
        if "-" not in token or self.seen[token.lower()] > 1:
            return [token]
        for short in sorted(self.before_capital | self.glue, key=len, reverse=True):
            head = token[: -len(short)]
            if (
                token.lower().endswith(short)
                and len(head) > len(short)
                and head[-1:].isalpha()
                and self.seen[head.lower()] > 0
            ):
                return [head, token[-len(short) :]]
        return [token]

    def text(self, text: str) -> str:
        """``text`` with its glued words split."""
        memo: dict[tuple[str, bool], str] = {}

        def one(m: re.Match[str]) -> str:
            token = m.group(0)
            if _DOMAIN_AFTER.match(text, m.end()):
                return token  # a site's name ("logammulia.com") is written as it is
            # What stands just before it: the start of the text or of a sentence, or a word.
            window = text[max(0, m.start() - 8) : m.start()]
            before = window.rstrip()
            gap, before = window[len(before) :], before.rstrip("\"'“‘(")
            key = (token, not before or "\n" in gap or before[-1] in ".!?:-–—")
            if key not in memo:
                memo[key] = self.word(*key)
            return memo[key]

        return _TOKEN.sub(one, text)


@cache
def _lists(code: str) -> tuple[frozenset[str], ...] | tuple:
    # A language without its own lists borrows the Indonesian ones (brand names are shared).
    data = load_data(code, "boilerplate") or load_data("id", "boilerplate")
    return (
        frozenset(data.get("unglue_keep", [])),
        frozenset(w.lower() for w in data.get("glue_words", [])),
        frozenset(data.get("glue_before_capital", [])),
        frozenset(data.get("never_parts", [])),
        tuple(data.get("unglue_keep_prefixes", [])),
        tuple(
            (load_data(code, "language") or load_data("id", "language")).get("verb_prefixes", [])
        ),
    )


@cache
def _organisation_heads(code: str) -> frozenset[str]:
    data = load_data(code, "entities") or load_data("id", "entities")
    return frozenset(data.get("organisation_heads", []))


def unglue_for(text: str, code: str = "id") -> Unglue:
    """An ``Unglue`` for an article, knowing the words ``text`` uses on their own."""
    keep, glue, before_capital, suffixes, prefixes, verb_prefixes = _lists(code)
    tokens = _TOKEN.findall(text)
    seen = Counter(t.lower() for t in tokens)
    # A name the article only ever writes glued is still its word when it is glued to two
    # different function words ("Daguiseyang", "Daguisepada": "Daguise").
    endings: dict[str, set[str]] = {}
    for token in set(tokens):
        low = token.lower()
        if not token[:1].isupper() or seen[low] > 1:
            continue
        for word in glue | before_capital:
            stem = low[: -len(word)]
            if low.endswith(word) and len(stem) >= MIN_PART and token[1 : len(stem)].islower():
                endings.setdefault(stem, set()).add(word)
    for stem, words in endings.items():
        if len(words) >= 2 and not seen[stem]:
            seen[stem] = 1
    return Unglue(code, keep, glue, before_capital, suffixes, prefixes, seen, verb_prefixes)
