"""Dutch text analysis for the knowledge search.

tokens (accents folded, abbreviations in capitals remembered) -> stopwords out -> lemma
(spaCy's Dutch lookup table, its exception lists and suffix rules checked against its lemma
index, plus diminutives, ge-participles, number words and a few colloquial words) -> Snowball
stem -> compound parts from the index vocabulary. Separable verbs ('zit ... aan') and ages
('mijn moeder van 80') add derived terms. The same analysis runs on entries and on questions,
so "mishandeling van kinderen" meets "kindermishandeling", and "geslagen" meets "slaan".
"""
import gzip
import json
import os
import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

import snowballstemmer
import spacy_lookups_data

from veilig.text import fold

STOPWORDS = frozenset(
    """
    de het een en of maar als dan dat die dit deze wat wie waar wanneer hoe waarom welke welk welken
    is zijn was waren ben bent wordt worden werd werden word heb hebt heeft hebben had hadden
    kan kun kunt kunnen kon konden mag mogen mocht moet moeten moest wil wilt willen wilde zal zullen
    zou zouden geweest gehad gekund gemoeten gewild geworden gemogen valt vallen viel
    ik jij je jou jouw u uw hij zij ze wij we jullie hun hen hem haar mijn mn m n ons onze me mij
    mezelf jezelf zichzelf zich zelf elkaar iemand niemand iedereen iets niets alles allemaal
    in op aan van voor met bij naar om over uit tot door tegen onder per via
    af doet deed kom komt komen kwam kwamen steeds altijd telkens elke elk iedere ieder
    er hier daar nog al ook wel niet geen nooit heel erg zo te ter ten eens even ff gewoon echt
    iets niets mensen men toch toen net nou dus want omdat terwijl zodat of ofzo enzo
    alleen allebei beide beiden soms misschien eigenlijk precies zeker best beetje helemaal hele
    zoals welke wat waarvoor waarmee waarover waarbij waaraan waardoor daarvan daarover daarmee
    daarna daarom ervan erover eraan ermee erbij erin hiervan hierover hiermee
    betekent betekenis betekenen houdt inhoud bedoeld bedoelen bedoelt uitleg uitleggen leg vertel
    graag vraag vragen vraagje weten weet eigenlijk precies soort zoiets dus zoek zoeken
    voordat zodra totdat sinds zelfs vervolgens bijvoorbeeld uiteindelijk ineens opeens namelijk
    gebeurt gebeuren gebeurd werkt achter geleden hoelang hoezo sprake spreek spreekt spreken meteen
    hallo hoi hey hee hi beste goedemorgen goedemiddag goedenavond dag
    alsjeblieft alstublieft aub svp dank dankje dankjewel bedankt groet groetjes ok oke okee ja nee
    """.split()
)

# Abbreviations are kept exactly as written (no lemma, no stem); written in capitals, they are
# kept even when the same letters are a stopword ("VT NOG").
ABBREVIATIONS = frozenset(
    """
    vt af mda csg scg gi rvdk rvk jbt vgv hg kimi egg lec kopp kov lvb ots hwc fgm ggz cjg avg
    wmo vir vira nog vtnog hvb amhk ptss wodc soa hr ivs ivb wvggz jgz ggd ajn kc
    """.split()
)

# Lemmas the lookup table misses or gets wrong for this subject.
_EXTRA_LEMMAS = {
    "kinderen": "kind", "kinder": "kind", "kids": "kind", "kindje": "kind", "kindjes": "kind",
    "geslagen": "slaan", "sloeg": "slaan", "sloegen": "slaan", "slaat": "slaan", "sla": "slaan",
    "ouders": "ouder", "vrouwen": "vrouw", "mannen": "man", "slachtoffers": "slachtoffer",
    "gemeenten": "gemeente", "plegers": "pleger", "daders": "dader", "scholen": "school",
    "bel": "bellen", "belt": "bellen", "meld": "melden", "gemeld": "melden",
    "mishandeld": "mishandelen", "mishandelt": "mishandelen", "misbruikt": "misbruiken",
    "verkracht": "verkrachten", "aangerand": "aanranden", "bedreigd": "bedreigen",
    "gestalkt": "stalken", "stalkt": "stalken", "uitgebuit": "uitbuiten", "verwaarloosd": "verwaarlozen",
    "vocht": "vechten", "vochten": "vechten", "gevochten": "vechten",
    "mama": "moeder", "mam": "moeder", "moeders": "moeder", "papa": "vader", "pap": "vader",
    "vaders": "vader", "meisjes": "meisje", "jongens": "jongen", "tieners": "tiener",
    "doe": "doen", "doet": "doen", "deed": "doen", "zie": "zien", "ziet": "zien", "zag": "zien",
    "baby": "kind", "babys": "kind", "babytje": "kind", "peuter": "kind", "peuters": "kind",
    "kleuter": "kind", "kleuters": "kind", "dreumes": "kind", "zuigeling": "kind",
    "merk": "zien", "merkt": "zien", "merken": "zien", "gemerkt": "zien", "opmerken": "zien",
    "hoevaak": "vaak", "geweld": "geweld", "info": "informatie",
    # colloquial words, as people type them
    "app": "bericht", "appen": "bericht", "appt": "bericht", "appje": "bericht", "appjes": "bericht",
    "whatsapp": "bericht", "whatsappen": "bericht", "sms": "bericht", "smsen": "bericht", "smsjes": "bericht",
    "berichtjes": "bericht", "berichten": "bericht",
    "eerst": "eerst", "naast": "naast", "langs": "langs",
}

# Words whose stem would collide with another word, and number words: their term is fixed here.
_NUMBERS = "twee drie vier vijf zes zeven acht negen tien".split()
_ORDINALS = "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende".split()
_FIXED_TERMS = {
    **{word: str(n) for n, word in enumerate(_NUMBERS, 2)},
    **{word: str(n) for n, word in enumerate(_ORDINALS, 1)},
    "ouderen": "ouderen", "oudere": "ouderen", "bejaarden": "ouderen", "bejaarde": "ouderen",
    "senioren": "ouderen", "senior": "ouderen",
    "nadat": "na",  # "wat gebeurt er nadat ik gemeld heb" is "na een melding"
}

_TOKEN = re.compile(r"[A-Za-z0-9]+")
_MAX_TOKENS = 400
_MAX_WORD = 40
_stemmer = snowballstemmer.stemmer("dutch")
_DIMINUTIVES = ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je")
_VERB_PREFIXES = ("aan", "af", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "vast", "weg", "bij")
_CONSONANTS = set("bcdfghjklmnpqrstvwxz")


def _data(name: str):
    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", name)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _fold_word(word: str) -> str:
    return word if word.isascii() and word.isalnum() and word.islower() else fold(word)


# The word lists are plain dicts of strings (values None): such dicts are not tracked by the
# garbage collector, so they cost nothing during a collection.
@lru_cache(maxsize=1)
def _lemma_table() -> Dict[str, str]:
    table = {_fold_word(k): _fold_word(v) for k, v in _data("nl_lemma_lookup.json.gz").items() if " " not in v}
    for by_word in _data("nl_lemma_exc.json.gz").values():
        for word, lemmas in by_word.items():
            if lemmas and " " not in lemmas[0]:
                table.setdefault(_fold_word(word), _fold_word(lemmas[0]))
    return table


def dutch_lemma(word: str) -> Optional[str]:
    """The base form of a Dutch word in spaCy's lookup tables, or None when the lexicon does not
    know it (names, most places, typos): the gap words of /beheer count only known words. The
    table maps inflected forms to base forms, so a base form is known as a value."""
    folded = _fold_word(word)
    return _lemma_table().get(folded) or (folded if folded in _base_forms() else None)


@lru_cache(maxsize=1)
def _base_forms() -> FrozenSet[str]:
    return frozenset(_lemma_table().values())


@lru_cache(maxsize=1)
def _lemma_index() -> Dict[str, Dict[str, None]]:
    """Base forms per part of speech ('noun', 'verb', 'adj')."""
    index = _data("nl_lemma_index.json.gz")
    return {pos: dict.fromkeys(_fold_word(w) for w in index.get(pos, ()) if " " not in w) for pos in ("noun", "verb", "adj")}


@lru_cache(maxsize=1)
def _rules() -> Dict[str, List[Tuple[str, str]]]:
    return {pos: [tuple(r) for r in rules] for pos, rules in _data("nl_lemma_rules.json.gz").items() if pos in ("noun", "verb", "adj")}


@lru_cache(maxsize=1)
def dutch_words() -> Dict[str, None]:
    """Every word form the Dutch lemma data knows: used to leave valid words uncorrected."""
    table = _lemma_table()
    known = dict.fromkeys(table)
    known.update(dict.fromkeys(table.values()))
    for forms in _lemma_index().values():
        known.update(forms)
    return known


def _is_base(word: str, pos: Optional[str] = None) -> bool:
    index = _lemma_index()
    return word in index[pos] if pos else any(word in forms for forms in index.values())


def _verb_from_stem(core: str) -> Optional[str]:
    """'meld' -> 'melden', 'maak' -> 'maken', 'bel' -> 'bellen', 'leef' -> 'leven'."""
    verbs = _lemma_index()["verb"]
    candidates = [core + "en", core + "n"]
    if len(core) >= 2 and core[-1] in _CONSONANTS:
        candidates.append(core + core[-1] + "en")
        if len(core) >= 3 and core[-2] == core[-3] and core[-2] in "aeou":
            candidates.append(core[:-2] + core[-1] + "en")
        if core.endswith("f"):
            candidates.append(core[:-1] + "ven")
        if core.endswith("s"):
            candidates.append(core[:-1] + "zen")
    for candidate in candidates:
        if candidate in verbs:
            return candidate
    return None


def _participle(word: str) -> Optional[str]:
    """'geschopt' -> 'schoppen', 'afgepakt' -> 'afpakken', 'gescheiden' -> 'scheiden'."""
    prefix, rest = "", word
    for candidate in _VERB_PREFIXES:
        if word.startswith(candidate + "ge"):
            prefix, rest = candidate, word[len(candidate):]
            break
    if not rest.startswith("ge") or len(rest) < 5:
        return None
    core = rest[2:]
    if core.endswith("en") and prefix + core in _lemma_index()["verb"]:
        return prefix + core
    if core[-1] in "dt":
        verb = _verb_from_stem(core[:-1])
        if verb and prefix + verb in _lemma_index()["verb"]:
            return prefix + verb
        if verb and not prefix:
            return verb
    return None


def lemma(word: str) -> str:
    """The dictionary form of a folded word, or the word itself when nothing fits."""
    found = _EXTRA_LEMMAS.get(word)
    if found:
        return found
    if word.isdigit() or _is_base(word, "noun") or _is_base(word, "verb"):
        return word
    found = _lemma_table().get(word)
    if found:
        return found
    if len(word) < 4 or _is_base(word, "adj"):
        return word
    for suffix in _DIMINUTIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            for candidate in (base, base[:-1] if base[-1:] == base[-2:-1] else None):
                if candidate and _is_base(candidate, "noun"):
                    return candidate
    for pos in ("noun", "verb", "adj"):
        for old, new in _rules()[pos]:
            if word.endswith(old) and len(word) - len(old) >= 3:
                candidate = word[: len(word) - len(old)] + new
                if _is_base(candidate, pos):
                    return candidate
    participle = _participle(word)
    if participle:
        return participle
    if word.endswith("t") and len(word) >= 5:
        verb = _verb_from_stem(word[:-1])
        if verb:
            return verb
    return word


def _undouble(term: str) -> str:
    if len(term) >= 4 and term[-1] == term[-2] and term[-1] in _CONSONANTS:
        return term[:-1]
    return term


@lru_cache(maxsize=30000)
def stem(word: str) -> str:
    if word in _FIXED_TERMS:
        return _FIXED_TERMS[word]
    if word in ABBREVIATIONS or word.isdigit():
        return word
    return _undouble(_stemmer.stemWord(lemma(word)))


# An optional part inside a word is left out: 'ouderenmis(be)handeling' is 'ouderenmishandeling',
# '(ex-)partnergeweld' 'partnergeweld', 'kind(eren)' 'kind'.
_OPTIONAL_PART = re.compile(r"(?<=\w)\(\w{1,6}\)(?=\w)|\(\w{1,6}-\)(?=\w)|(?<=\w)\(-?\w{1,6}\)(?!\w)")


def tokens(text: str) -> List[Tuple[str, bool]]:
    """(folded word, written as an abbreviation in capitals) for each word of the text."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    decomposed = unicodedata.normalize("NFKD", _OPTIONAL_PART.sub("", text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = []
    for match in _TOKEN.finditer(stripped):
        raw = match.group()
        if len(raw) > _MAX_WORD:
            continue  # not a word: a pasted code, a key held down
        out.append((raw.lower(), raw.isupper() and 2 <= len(raw) <= 5))
        if len(out) >= _MAX_TOKENS:
            break
    return out


def words(text: str) -> List[str]:
    return fold(text).split()


def _keep(word: str, capitals: bool, keep_stopwords: bool) -> bool:
    return keep_stopwords or word not in STOPWORDS or (capitals and word in ABBREVIATIONS)


# Particles of separable verbs: 'hij zit aan mij' -> aanzitten, 'scheldt hem uit' -> uitschelden.
_PARTICLES = frozenset("aan af op uit mee weg terug toe vast los".split())
_PARTICLE_REACH = 6


@lru_cache(maxsize=20000)
def _as_verb(word: str) -> Optional[str]:
    found = lemma(word)
    if _is_base(found, "verb"):
        return found
    return _verb_from_stem(word) or (_verb_from_stem(word[:-1]) if word.endswith("t") else None)


def _separable(particle: str, before: List[Tuple[str, bool]]) -> Optional[str]:
    for word, _ in reversed(before[-_PARTICLE_REACH:]):
        if word in _PARTICLES or len(word) < 2 or (word in STOPWORDS and word not in _STOPWORD_VERBS):
            continue
        for verb in (_as_verb(word), _doubled(word)):
            if verb and _is_base(particle + verb, "verb"):
                return particle + verb
    return None


# Verb forms among the stopwords that still join a particle: 'hoe leg ik signalen vast'.
_STOPWORD_VERBS = frozenset("leg legt neem neemt geef geeft zet vul vult spreek spreekt spreken".split())


def _doubled(word: str) -> Optional[str]:
    """'leg' -> 'leggen', 'zit' -> 'zitten': a short stem whose infinitive doubles its last letter."""
    stem_ = word[:-1] if word.endswith("t") and len(word) > 3 else word
    if len(stem_) >= 2 and stem_[-1] not in "aeiou" and stem_[-2] in "aeiou":
        return stem_ + stem_[-1] + "en"
    return None


# An age ('mijn moeder van 80', 'ik ben 14', '15 jaar') says who it is about.
_AGE_BEFORE = frozenset("van ben is bent was wordt werd".split())
_AGE_AFTER = frozenset("jaar jarig jarige jr".split())


def _age(word: str, words_: List[Tuple[str, bool]], position: int) -> Optional[str]:
    if len(word) > 3:
        return None
    before = words_[position - 1][0] if position else ""
    after = words_[position + 1][0] if position + 1 < len(words_) else ""
    if before not in _AGE_BEFORE and after not in _AGE_AFTER:
        return None
    years = int(word)
    if 60 <= years <= 110:
        return "ouderen"
    if 0 < years < 18:
        return stem("minderjarig")
    return None


def analyse(text: str, keep_stopwords: bool = False, limit: Optional[int] = None) -> List[Tuple[str, int, str]]:
    """(term, position of the word in the text, derived) for each content word. derived is ""
    for the word itself, "verb" for a separable verb ('zit ... aan' -> aanzitten) and "age" for
    an age ('van 85' -> ouderen). Derived terms are extra evidence: a search uses them only
    when the index knows them."""
    out: List[Tuple[str, int, str]] = []
    words_ = tokens(text)
    for position, (word, capitals) in enumerate(words_):
        if limit is not None and len(out) >= limit:
            break
        if _keep(word, capitals, keep_stopwords):
            out.append((word if (capitals and word in ABBREVIATIONS) else stem(word), position, ""))
        if word.isdigit():
            age = _age(word, words_, position)
            if age:
                out.append((age, position, "age"))
        if word in _PARTICLES and position and not capitals:
            verb = _separable(word, words_[:position])
            if verb:
                out.append((stem(verb), position, "verb"))
    return out


def stems(text: str, keep_stopwords: bool = False) -> List[str]:
    return [term for term, _, _ in analyse(text, keep_stopwords)]


_LINKS = ("", "s", "en", "er", "e")
# Prefixes that are not words of their own in a compound ('mis|handel', 'ver|werk').
_NOT_HEADS = frozenset("mis her ver ont wan mee toe weg terug samen tegen voor onder achter be ge".split())
# Suffixes that are not words of their own in a compound ('huise|lijk', 'veilig|heid').
_NOT_TAILS = frozenset("lijk lijke heid heden baar zaam loos schap achtig isch ing ingen".split())


def _known(part: str, vocabulary: Set[str]) -> Optional[str]:
    """The index term for a piece of a compound, or None. Cheaper than stem(): no suffix rules,
    because this runs for every way to cut a word."""
    if part in vocabulary:
        return part
    quick = _EXTRA_LEMMAS.get(part) or _lemma_table().get(part) or part
    stemmed = _FIXED_TERMS.get(part) or _undouble(_stemmer.stemWord(quick))
    return stemmed if stemmed in vocabulary else None


def prefixes(vocabulary: Iterable[str]) -> FrozenSet[str]:
    """First three letters of every term: a piece of a compound whose first three letters are
    not among them cannot be a known word (stems and lemmas keep the start of a word)."""
    return frozenset(term[:3] for term in vocabulary)


def split_compound(term: str, vocabulary: Set[str], starts: Optional[FrozenSet[str]] = None) -> List[str]:
    """'kindermishandel' -> ['kind', 'mishandel'] when both parts are known words."""
    if len(term) < 7 or term.isdigit():
        return []
    starts = starts if starts is not None else prefixes(vocabulary)
    for cut in range(len(term) - 3, 2, -1):
        head, tail = term[:cut], term[cut:]
        if tail[:3] not in starts or tail in _NOT_TAILS:
            continue
        tail_known = _known(tail, vocabulary)
        if not tail_known:
            continue
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            base = head[: len(head) - len(link)] if link else head
            if len(base) < 3 or base in _NOT_HEADS or base[:3] not in starts:
                continue
            base_known = _known(base, vocabulary)
            if base_known:
                return [base_known, tail_known]
    return []


def join_compounds(first: str, second: str, vocabulary: Set[str]) -> List[str]:
    """Known compounds made of two neighbouring terms, either order: ('geweld', 'partner') ->
    ['partnergeweld'], ('mishandel', 'kind') -> ['kindermishandel']."""
    found = []
    for head, tail in ((second, first), (first, second)):
        for link in _LINKS:
            candidate = head + link + tail
            if candidate in vocabulary and candidate not in found:
                found.append(candidate)
    return found


def expand(terms: Iterable[str], vocabulary: Set[str]) -> List[str]:
    """Each term followed by its compound parts, if it has any."""
    out, parts, starts = [], {}, prefixes(vocabulary)
    for term in terms:
        out.append(term)
        if term not in parts:
            parts[term] = split_compound(term, vocabulary, starts)
        out.extend(parts[term])
    return out


def phrases(title: str, synonyms: Iterable, questions: Iterable = ()) -> Dict:
    """The title, each synonym and each example question as analysed phrases, with their number
    of words before the stopwords went out. A title's part in brackets ('(Nederland)', '(GI)') is a
    qualifier, not part of the phrase."""
    def phrase(text: str) -> Dict:
        return {"terms": stems(text), "words": len(tokens(text))}

    plain = re.sub(r"\([^)]*\)", " ", title or "")
    return {"title": phrase(plain if stems(plain) else title or ""),
            "syn": [phrase(str(syn)) for syn in synonyms if stems(str(syn))],
            "vragen": [phrase(str(q)) for q in questions if stems(str(q))]}
