"""People, organisations and places named in a sentence, from cues and a gazetteer.

No Indonesian named-entity model installs without a hub download, so names come from what a
reader also uses: a title before a name ("Presiden Rusia Vladimir Putin"), the words that
start an organisation's name, prepositions before a place ("tiba di Khasan"), capitalisation,
and lists of known places (``builder/lang/<code>/entities.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..lang import load_data
from ..lang.lemma import is_known

__all__ = ["Entities", "EntityFinder", "References", "get_finder"]

_CAP = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z])"


def _alt(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


#: Words at most of a leading phrase before a pronoun: of when ("Pada 2018, ia ..."), or of
#: where the outlet met him ("Ditemui di rumah mantan Wakil Presiden Jusuf Kalla (JK), dia").
LEAD_WORDS = 10


@dataclass
class Entities:
    actors: list[str]
    places: list[str]
    #: The actors named with a person's title before them ("Presiden Rusia Vladimir Putin"),
    #: and known people named by their surname: who "mereka" or "dia" can stand for.
    people: list[str] = field(default_factory=list)
    #: (title, name) of every person named after a title, the title as :meth:`EntityFinder.
    #: title_key` gives it ("Menteri Luar Negeri (Menlu) Sugiono": both titles, "Sugiono"):
    #: whom a later "kata Menlu" stands for.
    titled: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class References:
    """What the words of a sentence that point back stand for, from the sentences before."""

    #: (words as written, what they stand for), in the order of the sentence.
    replacements: list[tuple[str, str]]
    people: list[str]
    places: list[str]


class EntityFinder:
    """Finds actors (people and organisations) and places in sentences of one language."""

    def __init__(self, code: str = "id"):
        data = load_data(code, "entities")
        self._title_aliases = {
            str(k).lower(): str(v).lower() for k, v in (data.get("title_aliases") or {}).items()
        }
        self.places = set(data.get("places", []))
        self._places_longest = sorted(self.places, key=len, reverse=True)
        self.not_names = set(data.get("not_names", []))
        #: Ranks written as one word before a name ("Kombes", "AKBP").
        self.ranks = frozenset(str(r) for r in data.get("ranks", []) if " " not in str(r))
        #: Words of an organisation, its units and a title's portfolio: no word of a name.
        self.office_words = frozenset(
            w
            for key in ("organisation_heads", "organisation_units", "title_portfolios")
            for item in data.get(key, [])
            for w in str(item).split()
        )
        self.organisations = set(data.get("organisations", []))
        refs = data.get("references", {})
        self._plural = _words_re(refs.get("people", []))
        self._person = _words_re(refs.get("person", []))
        # "Pada 2018, ia ...": the pronoun after a leading phrase of when (at most
        # ``LEAD_WORDS`` words to its comma).
        self._person_after = re.compile(
            rf"(?:{_alt(refs.get('person_after', []))})\b[^,.;:\"“”]{{0,60}},\s*"
            rf"(?=(?:{_alt(refs.get('person', []))})\b)",
            re.IGNORECASE,
        )
        self._view = _words_re(refs.get("view", []))
        self._aside = frozenset(str(w).lower() for w in refs.get("aside", []))
        self._place_ref = _words_re(refs.get("place", []))
        self._rule_ref = _words_re(refs.get("rule", []))
        # A rule's name and its number: "PermenPANRB No. 4/2025", "UU Nomor 28 Tahun 2014".
        rule_heads = data.get("rule_heads", [])
        self._rule_name = (
            re.compile(
                rf"(?<![\w-])(?:{_alt(rule_heads)})(?:\s+\(?[A-Z][\w-]*\)?)*\s+"
                r"(?:Nomor|No\.?|Nomer)\s*:?\s*\d+(?:\s*/\s*\d{4}|\s+[Tt]ahun\s+\d{4})?"
            )
            if rule_heads
            else re.compile(r"(?!x)x")
        )
        titles = data.get("person_titles", [])
        heads = data.get("organisation_heads", [])
        self.code = code
        self._title_words = frozenset(w.lower() for t in [*titles, *heads] for w in str(t).split())
        # A title is also what a short form stands for ("Mensos": "menteri sosial").
        self._title_keys = frozenset(
            [self.title_key(str(t)) for t in titles] + list(self._title_aliases.values())
        )
        #: Words of whose a title is, one word each ("Sosial" of "Menteri Sosial").
        self._portfolios = frozenset(
            str(p) for p in data.get("title_portfolios", []) if " " not in str(p)
        )
        preps = data.get("place_prepositions", [])
        place_alt = _alt(list(self.places)) if self.places else r"(?!x)x"
        name = rf"{_CAP}(?:\s+{_CAP}){{0,5}}"
        # A title's short form in brackets after it, written once: "Menteri Luar Negeri
        # (Menlu) Sugiono".
        abbr = r"\((?P<abbr>[A-Z][\w.]{1,15})\)"
        # No person's name starts with an organisation's name or a unit's ("Juru bicara KPK,
        # Budi Prasetyo": the name is Budi Prasetyo, not KPK), nor with an acronym another
        # name follows ("Peneliti BRIN Muhammad Reza Cordova").
        not_first = (
            _alt(
                [
                    *heads,
                    *self.organisations,
                    *data.get("organisation_units", []),
                    *data.get("title_portfolios", []),
                ]
            )
            or r"(?!x)x"
        )
        acronym = data.get("acronym_before_name") or r"(?!x)x"
        title_alt = _alt(titles)
        # Nor with another title ("Pak Menko"), but for the titles that begin names too
        # ("Ratu Dewa", "Raja Juli Antoni").
        in_names = {str(t).lower() for t in data.get("titles_in_names", [])}
        leading_title = (
            rf"(?i:{_alt([t for t in titles if str(t).lower() not in in_names])})"
            if titles
            else r"(?!x)x"
        )
        # The words joining a ministry's words ("Kelautan dan Perikanan"), each after a space
        # or a comma ("Pendidikan Tinggi, Sains, dan Teknologi"); only before another of its
        # words ("Presiden dan Wakil Presiden Gibran" is two titles).
        joins = (
            rf"(?:{_alt(data['title_joins'])})"
            rf"(?=\s+(?:{_alt(data.get('title_portfolios', []))})(?!\w))"
            if data.get("title_joins") and data.get("title_portfolios")
            else r"(?!x)x"
        )
        # Title, optional country or organisation words, then the person's name; or a title
        # and a word or two of whose it is, then the name in apposition ("Kuasa hukum
        # penggugat, Juni Prasetyo Nugroho").
        self._titled = re.compile(
            rf"(?<!\w)(?P<title>(?i:{title_alt}))(?:\s+{abbr})?"
            rf"(?:(?:,?\s+(?:{place_alt}|{_CAP}|\([A-Z][\w.]{{1,15}}\)|{joins}))*?,?\s+"
            rf"|(?:\s+[a-z]+){{1,2}},\s+)"
            rf"(?!(?:{place_alt}|{not_first}|{leading_title})(?!\w)|{acronym})(?P<name>{name})"
            if titles
            else r"(?!x)x"
        )
        # A title, whose unit or organisation it is, a comma, then the name in apposition:
        # "Kepala Biro Humas Kementerian Ketenagakerjaan (Kemnaker), Sunardi Manampiar Sinaga
        # menyebut ...", "Kepala Dinas Kesehatan Jawa Barat, Vini Adiani Dewi, mengatakan ...".
        # The name is what follows the comma, up to a comma, a bracket or a lower-case word
        # (not a list's "dan": "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat" is
        # one unit); a rank before it is no part of it ("Kapolres Padang Pariaman, AKBP Faisol
        # Amir, ...").
        degree = data.get("degree") or r"(?!x)x"
        self._titled_apposition = (
            re.compile(
                rf"(?<!\w)(?P<title>(?i:{title_alt}))(?:\s+(?:{_CAP}|\([A-Z][\w.]{{1,15}}\)|{joins}))+"
                rf",\s+(?:(?:{_alt(data.get('ranks', []))})\s+)?"
                rf"(?!(?:{place_alt}|{not_first}|(?i:{title_alt}))(?!\w)|{degree})"
                rf"(?P<name>{name})(?=\s*\(|,(?!\s+(?:dan|serta)\s)|\s+[a-z])"
            )
            if titles
            else re.compile(r"(?!x)x")
        )
        self._org = re.compile(
            rf"(?<!\w)(?P<org>(?:{_alt(heads)})(?:\s+(?:{_CAP}|dan|luar|dalam))*\s+{_CAP}|{_alt(list(self.organisations))})(?!\w)"
        )
        self._org_start = re.compile(rf"(?:{_alt(heads)})(?!\w)") if heads else re.compile("(?!x)x")
        self._place_known = re.compile(rf"(?<!\w)(?P<place>{place_alt})(?!\w)")
        self._place_prep = re.compile(
            rf"(?<!\w)(?:{_alt(preps)})\s+(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}})"
        )
        # Words of a name are apart by spaces or joined by a hyphen; a dash after a space
        # ends a dateline ("Banyuwangi -Ayah penyanyi ...").
        self._name_seq = re.compile(rf"(?<![\w.])(?P<name>{_CAP}(?:(?:\s+|-){_CAP}){{1,5}})")
        # What a happening is of, by name: a head, then the name's first word.
        heads = sorted({str(w) for w in data.get("identity_heads", [])}, key=len, reverse=True)
        self._identity_heads = frozenset(heads)
        # The first words every head starts with: one substring test spares most sentences.
        self._identity_marks = tuple({h.split()[0] for h in heads})
        spaced = r"\s+"
        head_alt = "|".join(spaced.join(map(re.escape, h.split())) for h in heads)
        # Glued to the word before in scraped text ("ErupsiGunung Lewotobi") it still heads.
        self._identity = re.compile(rf"({head_alt})\s+([A-Z][\w-]*)") if heads else None

    def _clean_name(self, text: str) -> str | None:
        # "Korea Utara Kim Jong Un": a known place written before the name is not part of it.
        stripped = True
        while stripped:
            stripped = False
            for place in self._places_longest:
                if text.startswith(place + " "):
                    text, stripped = text[len(place) + 1 :], True
                    break
        words = text.split()
        while words and (words[0] in self.not_names or words[0] in self.places):
            words = words[1:]
        while words and (words[-1] in self.not_names or words[-1].endswith(".")):
            words = words[:-1]
        if not words:
            return None
        name = " ".join(words)
        if name in self.places or len(name) < 3:
            return None
        return name

    @staticmethod
    def _free_runs(m: re.Match[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        run: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", m.group("name")):
            s, e = m.start("name") + w.start(), m.start("name") + w.end()
            if any(s < te and ts < e for ts, te in taken):
                if run:
                    runs.append((run[0][0], run[-1][1]))
                run = []
            else:
                run.append((s, e))
        if run:
            runs.append((run[0][0], run[-1][1]))
        return runs

    def resolve(self, name: str, known: list[str]) -> str:
        """The full name a short one ("Kim", "Peskov") stands for, among ``known`` names."""
        words = name.split()
        if len(words) == 1:
            for full in known:
                parts = full.split()
                if name in parts and len(parts) > 1:
                    return full
        return name

    def find(
        self,
        sentence: str,
        known: list[str] | None = None,
        people_known: list[str] | None = None,
    ) -> Entities:
        """Actors and places in ``sentence``; ``known`` full names resolve a first or last name
        alone ("Kim", "Putin")."""
        actors: list[str] = []
        places: list[str] = []
        people: list[str] = []
        titled: list[tuple[str, str]] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return not any(s < te and ts < e for ts, te in taken)

        orgs: list[str] = []
        for m in self._org.finditer(sentence):
            org = " ".join(m.group("org").split())
            actors.append(org)
            orgs.append(org)
            taken.append(m.span("org"))
        for m in self._titled_apposition.finditer(sentence):
            s, e = m.span("name")
            name = self._clean_name(m.group("name"))
            if not name or not m.group("name").startswith(name) or self.title_only(name):
                continue
            e = s + len(name)
            actors.append(name)
            people.append(name)
            titled.append((self.title_key(m.group("title")), name))
            # The title and whose it is are no name of their own.
            taken.append((m.start(), e))
        for m in self._titled.finditer(sentence):
            s, e = m.span("name")
            name = self._clean_name(m.group("name"))
            if name and m.group("name").endswith(name):
                # Only the name itself is taken: a place written before it stays a place.
                s = e - len(name)
            if name and not free(s, e) and m.start("name") > m.start():
                # "Juru bicara KPK Budi Prasetyo": the organisation read as "KPK Budi
                # Prasetyo" ends where the name after its title begins.
                _shrink_orgs(sentence, s, e, taken, actors, orgs)
            if name and free(s, e):
                actors.append(name)
                if not self._org_start.match(name):
                    people.append(name)
                    titled.append((self.title_key(m.group("title")), name))
                    # With its portfolio ("Menteri Sosial Saifullah Yusuf": "menteri sosial"),
                    # which its short form stands for ("kata Mensos").
                    between = re.sub(r"\([^()]*\)", " ", sentence[m.end("title") : s]).split()
                    if between and all(w.strip(",") in self._portfolios for w in between):
                        full = " ".join([m.group("title"), *(w.strip(",") for w in between)])
                        titled.append((self.title_key(full), name))
                    if m.group("abbr"):
                        titled.append((self.title_key(m.group("abbr")), name))
                        # The title and its short form are no name of their own.
                        taken.append((m.start(), m.end("abbr") + 1))
                taken.append((s, e))
        for m in self._place_known.finditer(sentence):
            if free(*m.span("place")):
                places.append(m.group("place"))
                taken.append(m.span("place"))
        for m in self._place_prep.finditer(sentence):
            s, e = m.span("place")
            cand = self._clean_name(m.group("place"))
            if cand and free(s, e) and cand not in self.organisations:
                places.append(cand)
                taken.append((s, e))
        for m in self._name_seq.finditer(sentence):
            # A run of capitalised words can hold a place and a name ("Korea Utara Kim Jong
            # Un"): only the words outside known places and organisations form a name.
            for s, e in self._free_runs(m, taken):
                name = self._clean_name(sentence[s:e])
                if name and len(name.split()) >= 2 and s > 0:
                    actors.append(name)
                    taken.append((s, e))
                    if name in (people_known or ()):
                        people.append(name)
        # "Kim" alone is the Kim Jong Un named earlier in the article.
        for full in known or []:
            parts = full.split()
            # A person is also named by the last name ("Putin"); anything else by its first.
            short = {parts[0], parts[-1]} if full in (people_known or ()) else {parts[0]}
            alt = "|".join(re.escape(p) for p in sorted(short))
            named = re.search(rf"(?<!\w)(?:{alt})(?!\w)", sentence)
            if named and not any(full in a or a in full for a in actors):
                actors.append(full)
                # Not a thing named after an organisation the sentence names ("Maung Pindad"
                # beside "PT Pindad": the company's car); an organisation stays one that speaks.
                # Nor a thing named by a common word that opens the sentence, capitalised
                # only there ("Data Tunggal Sosial ..." is not whom "Data ini dihimpun ..."
                # is about).
                # Nor one whose first word here begins another name ("Direktur Jaminan
                # Pelayanan Kesehatan ..." is not the "Jaminan Kesehatan Nasional" named before).
                after = sentence[named.end() :].split(maxsplit=1)
                opens_as_word = not sentence[: named.start()].strip() and is_known(
                    named.group(0).lower(), self.code
                )
                begins_other = bool(
                    after and after[0][:1].isupper() and after[0].strip(",.;:") != parts[1]
                )
                common = full not in (people_known or ()) and (opens_as_word or begins_other)
                if not common and (
                    self._org_start.match(full)
                    or not any(p in org.split() for org in orgs for p in parts)
                ):
                    people.append(full)
        return Entities(
            actors=_unique(actors), places=_unique(places), people=_unique(people), titled=titled
        )

    def title_key(self, title: str) -> str:
        """A title as its short and long forms share it (``title_aliases``: "Menlu" is
        "menteri luar negeri"), in lower case."""
        key = " ".join(title.lower().split())
        return self._title_aliases.get(key, key)

    def title_only(self, words: str) -> str | None:
        """The title (:meth:`title_key`) ``words`` are, with nothing else but a country after
        it ("Menlu", "Menteri Luar Negeri RI"); none when they name someone."""
        parts = words.split()
        while parts and (parts[-1] in self.places or parts[-1] in self.not_names):
            parts.pop()
        key = self.title_key(" ".join(parts))
        return key if key and key in self._title_keys else None

    def place_at_start(self, text: str, glued: bool = False) -> str | None:
        """The longest known place ``text`` starts with, as a whole word (or, ``glued``,
        run together with a capitalised word after it: "JakartaPada Kamis")."""
        for place in self._places_longest:
            if not text.startswith(place):
                continue
            after = text[len(place) : len(place) + 1]
            if not after.isalnum() or (glued and after.isupper()):
                return place
        return None

    def things(self, text: str) -> list[str]:
        """What the happenings of ``text`` are of, by the names it gives them: "marapi" for
        "Gunung Api Marapi", "Gunungapi Marapi" or "Gunung Marapi" (the word after the head
        of ``identity_heads``); none for a head with no name after it ("Pos Pengamatan
        Gunung Api, ...")."""
        if self._identity is None or not any(m in text for m in self._identity_marks):
            return []
        found = [
            m.group(2).lower()
            for m in self._identity.finditer(text)
            if f"{m.group(1)} {m.group(2)}" not in self._identity_heads
        ]
        return _unique(found)

    def known_places(self, text: str) -> list[str]:
        """The places of the gazetteer ``text`` names, in order, each once."""
        return list(dict.fromkeys(m.group("place") for m in self._place_known.finditer(text)))

    def plain_name(self, name: str) -> bool:
        """Whether ``name`` reads as a person's name alone ("Arthur Laffer"; not "Bank
        Indonesia", "Keuangan Purbaya")."""
        return self._plain_name(name)

    def _plain_name(self, name: str, person: bool = False) -> bool:
        """Whether ``name`` reads as a person's name alone: two words or more, none an
        acronym, a title or an organisation's word, the first no dictionary word ("Purbaya
        Yudhi Sadewa"; not "Keuangan Purbaya ...", "Bhayangkara FC", "Setiabudi Kompol
        Firman"), unless it is known to be a ``person``'s ("Budi Santoso")."""
        words = name.split()
        return (
            len(words) >= 2
            and all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in words)
            and not any(w.lower() in self._title_words for w in words)
            and (person or not is_known(words[0].lower(), self.code))
        )

    def name_words(self, name: str) -> frozenset[str]:
        """The words of a person's name, its titles left out, in lower case ("Wakil Menteri
        Keuangan Suahasil Nazara": suahasil, nazara): two names of one person in one article
        share one."""
        return frozenset(
            w.lower()
            for w in name.replace(",", " ").split()
            if w[:1].isupper() and w.lower() not in self._title_words and w not in self.places
        )

    def is_person_reference(self, words: str) -> bool:
        """True for a word that stands for one person named before ("dia", "beliau")."""
        return bool(self._person.fullmatch(words.strip()))

    def named_aside(self, sentence: str, name: str) -> bool:
        """True when ``name`` is first named in ``sentence`` after an agent's or an object's
        word (``references.aside``: "diperintahkan oleh Presiden Prabowo Subianto"), its
        titles between."""
        at = sentence.find(name)
        if at < 0:
            return False
        words = sentence[:at].split()
        while words and words[-1].lower() in self._title_words:
            words.pop()
        return bool(words) and words[-1].lower() in self._aside

    def tells_a_view(self, sentence: str) -> bool:
        """True for a sentence that opens with the view of the person named last
        ("Menurutnya, ...", "Menurut dia, ...")."""
        return bool(self._view.match(sentence.lstrip()))

    def rule_names(self, sentence: str) -> list[str]:
        """The rules ``sentence`` names by their number ("PermenPANRB No. 4/2025")."""
        return [m.group(0) for m in self._rule_name.finditer(sentence)]

    def references(
        self,
        sentence: str,
        people_before: list[str],
        recent_places: list[str],
        subject_before: str | None = None,
        recent_rules: list[str] | None = None,
    ) -> References:
        """What the words of ``sentence`` that point back stand for.

        "mereka" and "keduanya" stand for two people only when the sentence before named
        exactly two (``people_before``): "mereka" far from any two names is a group, a
        country, anything. "Ia", "Dia", "Beliau" opening a sentence stand for the one person
        the sentence before named, when it named one and it reads as a person's name (see
        :meth:`_plain_name`); else for the subject of the sentence before, when that reads
        as one ("Tan Malaka aktif di Sarekat Islam bersama H.O.S. Tjokroaminoto ... Ia ...").
        "kota tersebut" is the place named last (``recent_places``, the most recent first);
        "aturan ini" the rule (``recent_rules``).
        """
        found: list[tuple[int, str, str]] = []
        people: list[str] = []
        places: list[str] = []
        if len(people_before) == 2:
            pair = f"{people_before[0]} dan {people_before[1]}"
            for m in self._plural.finditer(sentence):
                found.append((m.start(), m.group(0), pair))
                people = list(people_before)
        one = people_before[0] if len(people_before) == 1 else None
        # The one person named before, even by a name of common words ("Budi Santoso"); a
        # subject only when it reads as a name.
        if not (one and self._plain_name(one, person=True)):
            one = subject_before if subject_before and self._plain_name(subject_before) else None
        if one:
            # "Ia", "Dia", "Beliau" opening a sentence after one that named one person, or
            # whose subject is one: him.
            at = len(sentence) - len(sentence.lstrip())
            lead = self._person_after.match(sentence, at)
            if lead and len(lead.group(0).split()) <= LEAD_WORDS:
                at = lead.end()
            m = self._person.match(sentence, at)
            if m:
                found.append((at, m.group(0), one))
                people = [one]
        if recent_places:
            for m in self._place_ref.finditer(sentence):
                found.append((m.start(), m.group(0), recent_places[0]))
                places = [recent_places[0]]
        if recent_rules:
            for m in self._rule_ref.finditer(sentence):
                found.append((m.start(), m.group(0), recent_rules[0]))
        return References([(w, r) for _, w, r in sorted(found)], people, places)


def _shrink_orgs(
    sentence: str,
    s: int,
    e: int,
    taken: list[tuple[int, int]],
    actors: list[str],
    orgs: list[str],
) -> None:
    """Cut back each organisation that began before the name at ``s``..``e`` and ran on over
    all of it, to end before it, when its words before the name end in an acronym ("KPK",
    "PT KAI"): those words stay the organisation. ("Badan Gizi Nasional Dadan Hindayana" is
    not cut: where its name ends is not told.)"""
    for k, (ts, te) in enumerate(taken):
        org = " ".join(sentence[ts:te].split())
        before = sentence[ts:s].split()
        acronym = bool(before) and before[-1].isupper() and len(before[-1]) >= 2
        if ts < s and te >= e and org in orgs and acronym:
            short = " ".join(sentence[ts:s].split())
            taken[k] = (ts, ts + len(sentence[ts:s].rstrip()))
            orgs[orgs.index(org)] = short
            actors[actors.index(org)] = short


def _words_re(words: list[str]) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.IGNORECASE)


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out and not any(item in o for o in out if o != item):
            out.append(item)
    return out


@cache
def get_finder(code: str = "id") -> EntityFinder:
    return EntityFinder(code)
