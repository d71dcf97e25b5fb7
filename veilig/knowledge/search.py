"""Searching the knowledge index.

Questions go through the same analysis as the entries (veilig.knowledge.analyzer), after the chat
around them is dropped (veilig.knowledge.chat_text) and their typing errors are corrected to the
entries' words (veilig.knowledge.spelling). The analysed
entries are read from the index once and scored in Python, so no user input ever reaches SQL
or FTS5 syntax. The index file is reopened when a rebuild has replaced it, which makes a reload
visible without restarting anything.

Scoring, per entry:
- BM25F over four fields (title, synonyms, short answer, longer explanation). Every content
  word of the question is a 'concept'; it matches through its own term, its compound parts
  ('partnergeweld' -> partner + geweld) or a typo correction, at a discount for the latter two.
- compounds made of neighbouring question words ('mishandeling van kinderen' ->
  kindermishandel) count as extra evidence;
- a phrase bonus when the title or a synonym is (nearly) wholly contained in the question;
- multiplied by coverage: the idf-weighted share of the question the entry explains;
- questions about numbers prefer cijfers/, questions from professionals their entries, and a
  question that asks for signs, causes, consequences, help or a definition the entry of that kind;
- raised by the letter similarity of the entry's closest title, synonym or example question
  (veilig.knowledge.phrasings), which survives typos and split or joined words.
A hit is 'confident' when it explains enough of the question and (nearly) a whole title or
synonym of the entry is in the question, or when it explains nearly all of the question with a
high score; see Hit.confident and the constants below.
It is a guess, never confident, when the runner-up comes close, when a close rival explains
question words the best entry does not, or when single-word evidence leaves the heaviest word unexplained.
"""
import difflib
import json
import math
import sqlite3
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from veilig.contacts import render
from veilig.knowledge.chat_text import plain_question
from veilig.knowledge.analyzer import analyse, dutch_words, join_compounds, phrases, prefixes, split_compound, tokens
from veilig.knowledge.kinds import entry_kind, question_kind
from veilig.knowledge.meaning import Meanings
from veilig.knowledge.phrasings import Phrasings, clearly_closest
from veilig.knowledge.spelling import Speller
from veilig.paths import index_path, meaning_cache
from veilig.yamlfiles import load_knowledge_yaml

# Example questions (the entry's 'vragen'): written for the entry as people ask it; a field of their
# own, and each one a phrase that counts like a synonym, with less weight (it has more words).
QUESTIONS_WEIGHT = 1.0
QUESTION_PHRASE = 0.8
FIELDS = ("title_n", "syn_n", "short_n", "long_n", "vragen_n")
# BM25F field weights and length normalisation: title, synonyms, short answer, explanation,
# example questions.
WEIGHTS = (3.0, 2.0, 1.0, 0.4, QUESTIONS_WEIGHT)
B = (0.6, 0.3, 0.75, 0.75, 0.75)
K1 = 1.2
PART_WEIGHT = 0.6       # a question compound matched only through its parts
TYPO_WEIGHT = 0.8       # a typo-corrected word
JOIN_WEIGHT = 0.8       # a compound made of two neighbouring question words
PHRASE_WEIGHT = 1.5     # title or synonym inside the question: idf mass * share ** PHRASE_POWER
PHRASE_POWER = 2.0
TITLE_PHRASE = 1.3      # ... extra for the title
VAGUE_PHRASE = 0.5      # ... less for a synonym that the stopwords reduced to a single term
PHRASE_IDF_FLOOR = 1.5  # every word of a phrase counts for something, also 'veilig' and 'thuis'
SPECIFIC_IDF = 3.0      # ... unless that single term is rare (in at most a few entries)
COVERAGE_BASE = 0.5     # score = (bm25f + phrases) * (COVERAGE_BASE + coverage)
IDF_POWER = 0.5         # importance of a question word for coverage: idf ** IDF_POWER
UNKNOWN_WEIGHT = 1.0    # a word the index does not know weighs like the rarest word
MAX_CHARS = 1000        # the chat accepts 1,000 characters, the search API 500
MAX_CONCEPTS = 40
MAX_UNKNOWN = 8         # unknown words that get compound splitting and typo correction

# Questions about numbers ('hoeveel', 'hoe vaak', 'cijfers') prefer the entries in cijfers/,
# other questions prefer the rest.
QUANTITY_WORDS = frozenset("hoeveel hoevaak aantal aantallen cijfer cijfers procent percentage statistiek "
                           "statistieken prevalentie omvang".split())
# 'hoe vaak ...', and 'komt ... vaak/veel voor' ('Komt partnergeweld vaak voor?') ask for numbers too.
FREQUENCY_PAIRS = frozenset({("hoe", "vaak")})
OCCURS_WORDS = frozenset("komt komen voorkomt voorkomen".split())
OCCURS_OFTEN = frozenset({("vaak", "voor"), ("veel", "voor"), ("vaker", "voor"), ("meer", "voor")})
NUMBERS_FOLDER = "cijfers"
NUMBERS_BOOST = 1.4
NUMBERS_PENALTY = 0.75

# Words that show a professional is asking: entries for professionals get a boost then.
PROFESSIONAL_WORDS = frozenset("""
    professional professionals beroepskracht beroepskrachten hulpverlener hulpverleners leraar leraren
    leerkracht leerkrachten docent docenten juf juffrouw meester mentor intern begeleider begeleiders
    huisarts huisartsen arts artsen dokter verpleegkundige verpleegkundigen wijkverpleegkundige
    jeugdverpleegkundige jeugdarts fysiotherapeut tandarts verloskundige kraamverzorgster pedagogisch
    leidster leidsters gastouder client clienten patient patienten leerling leerlingen casus casussen
    dossier beroepsgeheim meldcode kinderdagverblijf kinderopvang consultatiebureau organisatie
    """.split())
PROFESSIONAL_BOOST = 1.25
PROFESSIONAL_PENALTY = 1.0
# Someone who says what they are ('als leraar', 'ik ben huisarts', 'ik werk op een school') asks
# from that side: an entry written for residents ('waarom meldt een leraar mij?') fits less.
PROFESSIONS = frozenset("""
    professional beroepskracht hulpverlener leraar leerkracht docent juf meester mentor begeleider
    huisarts arts dokter verpleegkundige wijkverpleegkundige jeugdverpleegkundige jeugdarts verloskundige
    kraamverzorgster kraamverzorgende medewerker leidster gastouder logopedist fysiotherapeut tandarts
    psycholoog orthopedagoog therapeut werker jeugdhulpverlener zorgcoordinator trainer coach vrijwilliger
    school organisatie instelling kinderopvang opvang ziekenhuis praktijk vereniging sportclub
    """.split())
_NOT_SELF = frozenset("de het mijn jouw je zijn haar onze ons hun uw".split())
RESIDENT_PENALTY = 0.6

# The kind of answer the question asks for (veilig.knowledge.kinds: what it is, signs, causes,
# consequences, help): the member of a subject's family of that kind is preferred, one of another
# kind less so. On the tuning sets of real and own questions: top-1 536 -> 539 of 959, answered
# right 445 -> 452, confident-wrong 25 -> 24.
KIND_BOOST = 1.3
KIND_PENALTY = 0.9
# The verbs that ask for signs ('hoe herken je stalking?') are the kind, not the subject: they
# still rank, but an entry need not explain them to cover the question.
ASKING_TERMS = frozenset({("herken",), ("signaler",)})
ASKING_WEIGHT = 0.1

# Confidence. 'Evidence' is the best title or synonym match: its idf mass (floored) times the
# squared share of its words found in the question; it counts only when the phrase is nearly
# whole (EVIDENCE_SHARE of its idf mass) and not a vague one-term leftover. A hit is confident
# when it explains enough of the question, scores well and has such evidence. Calibrated on the
# test questions and on the off-topic questions in tests/test_knowledge_search.py.
EVIDENCE_POWER = 2.0
EVIDENCE_IDF_FLOOR = 1.5  # for evidence every word counts, also 'veilig' and 'thuis'
EVIDENCE_SHARE = 0.7
EVIDENCE_FLOORED_SHARE = 0.85
MIN_COVERAGE = 0.4      # idf-weighted share of the question the answer explains
MIN_COVERAGE_ONE_WORD = 0.65
TIE = 0.95              # a runner-up with this share of the score makes the answer a guess
# The best answer is a guess as well when the runner-up comes close (MARGIN of its score), or when
# an entry with RIVAL_SCORE of its score explains question words it does not (RIVAL_SHARE of the
# question's weight): 'mijn kinderen zien dat mijn man mij slaat' is partnergeweld for 'man' and
# 'slaat', but 'kinderen zien' points to another entry.
MARGIN = 0.85
RIVAL_SCORE = 0.5
RIVAL_SHARE = 0.15
RIVALS = 5
MIN_SCORE = 4.0
MIN_EVIDENCE = 1.5
# Without a title or synonym in the question, a clearly best entry (not tied) is still an answer when
# it explains nearly all of a question of some length, scores high and far above the runner-up: on
# the tuning sets of real questions 1 more right, on our own question sets 6 more, none more wrong
# and no more of 272 off-topic messages answered.
STRONG_COVERAGE = 0.8
STRONG_SCORE = 12.0
STRONG_MARGIN = 0.6     # ... and the runner-up scores at most this share of it
STRONG_WORDS = 3        # ... in a question of at least this many content words ('is dat normaal' is too little)
# A second opinion when the search is not confident (veilig.dialogue_order.find_in_knowledge): a
# title, synonym or example question nearly the same in letters (cosine >= SIMILAR_MIN, SIMILAR_GAP
# above the next entry's) whose entry the search ranks in its top SIMILAR_AGREE. On the tuning
# sets of real and own questions, cross-validated: 22 more right, 2 more wrong of 959; no
# off-topic message more answered.
SIMILAR_MIN = 0.8
SIMILAR_GAP = 0.1
SIMILAR_AGREE = 3
# A question of only common words ('wat gebeurt er als ik het vertel?', 'waarom doet hij dit?')
# gives the word search nothing to rank, so it cannot agree; a known phrasing that is the question
# itself, letter for letter (cosine >= EXACT_MIN, SIMILAR_GAP above the next entry's), answers it.
EXACT_MIN = 0.98
# A phrasing of at least IDENTICAL_WORDS words that is the question itself, word for word, answers it
# when the search ranks its entry among its first SIMILAR_AGREE, even when another entry's phrasing
# comes close in letters ('wat is de kindertelefoon' against the children's help's synonym
# 'kindertelefoon': 1.0 against 0.92, within SIMILAR_GAP). On the tuning sets 1 more right, none wrong,
# no off-topic message answered.
IDENTICAL_WORDS = 3
# The same letter similarity also weighs in the ranking: an entry's score times 1 + PHRASING_WEIGHT
# x the cosine of its closest phrasing (among the PHRASING_CANDIDATES closest entries). On a fresh
# set of 156 real questions (echte_vragen_afstemmen4.yml, measured before any tuning on it) the
# right entry first 94 -> 99; on all tuning sets answered right 543 -> 554, wrong 27 -> 23.
PHRASING_WEIGHT = 0.5
PHRASING_CANDIDATES = 50
# A third opinion, in other words than the question's (veilig.knowledge.meaning): when neither of
# the above is sure, the entry whose phrasing is closest in meaning (cosine >= MEANING_MIN, at
# least MEANING_GAP above the next entry's) is answered when the search ranks it among its first
# MEANING_AGREE. Chosen on the tuning sets (750 questions, 272 off-topic messages): 27 more right,
# 2 more wrong, no off-topic message answered; on a fifth set of 115 real questions not used for
# choosing, 7 more right and 1 more wrong (tests/data/echte_vragen_afstemmen5.yml). Near
# neighbours of our topics ('vrijwilliger worden bij de voedselbank') come close in meaning too,
# so the decision order asks it only when the classifier holds the message for ours.
MEANING_MIN = 0.92
MEANING_GAP = 0.02
MEANING_AGREE = 2
# A fourth opinion, asked under the same condition as the third and not for a follow-up: a top
# hit far above the runner-up (at most DOMINANT_MARGIN of its score) that scores DOMINANT_SCORE
# and explains DOMINANT_COVERAGE of the question ('Bent u niet tevreden over de hulp die u
# krijgt?': 14.4 against 3.9). Chosen on the tuning sets without the seventh and eighth (926
# questions): by the search alone 15 more right and 1 more wrong; with the classifier's gate and
# without follow-ups 5 more right and none wrong, and on those two sets (166, not used for
# choosing) 1 more right. Off-topic messages can score that far ahead too ('wat is beter, katten
# of honden'), hence the classifier's gate.
DOMINANT_SCORE = 10.0
DOMINANT_MARGIN = 0.5
DOMINANT_COVERAGE = 0.4
# A top hit with a title or synonym in the question (MIN_EVIDENCE) is far enough ahead at a slightly
# smaller lead, even when the search called it a guess for one unexplained heavy word or a rival
# ('Hoe herken je stalking?', 'Wat onderscheidt stalking van normaal gedrag?'). Chosen on the
# tuning sets of real questions (824): 6 more right, none more wrong, no off-topic message more
# answered.
NAMED_LEAD_MARGIN = 0.55
NAMED_LEAD_COVERAGE = 0.3
# A top hit that is also the entry nearest in meaning (at AGREED_MEANING_MIN, below MEANING_MIN,
# since the search agrees by a wide lead) and far ahead of the runner-up (AGREED_MARGIN) is answered
# even when it scores lower or is written for professionals ('Hoe lang is een VOG geldig?', 'Kan
# Leerplicht hier tegen optreden?'). Asked under the same condition as the fourth opinion.
AGREED_SCORE = 7.0
AGREED_MARGIN = 0.5
AGREED_MEANING_MIN = 0.89
# A message the classifier holds for not ours, and that asks something without an everyday
# subject and is no follow-up ('Wanneer wordt de Raad ingeschakeld?', 'Hoe kun je grooming
# voorkomen?'), gets the third and fourth opinions only when the entry is also the closest in
# meaning at NOT_OURS_MEANING_MIN: on the tuning sets 9 real questions more right, none wrong, and
# 1 of the 317 off-topic messages answered ('hoe zeg ik mijn abonnement op').
NOT_OURS_MEANING_MIN = 0.915
# Not confident: offer at most CHOICES entries that explain this share of the question as buttons.
CHOICES = 3
CHOICE_COVERAGE = 0.6


@dataclass
class Hit:
    id: str
    title: str
    text: str
    audience: str
    document: str
    section: str
    url: str
    related: List[str]
    score: float
    coverage: float
    evidence: float = field(default=0.0, repr=False)
    evidence_terms: int = field(default=0, repr=False)
    tied: bool = field(default=False, repr=False)
    runner_up: float = field(default=0.0, repr=False)   # the next entry's score
    asked_by_professional: bool = field(default=False, repr=False)
    question_words: int = field(default=0, repr=False)  # content words in the question

    @property
    def confident(self) -> bool:
        if self.tied:  # another entry scores (nearly) as high: answering would be a guess
            return False
        # A one-word title or synonym ('scheiden', 'vrijwilliger') must explain more of the question.
        needed = MIN_COVERAGE if self.evidence_terms >= 2 else MIN_COVERAGE_ONE_WORD
        if self.coverage >= needed and self.score >= MIN_SCORE and self.evidence >= MIN_EVIDENCE:
            return True
        return (self.coverage >= STRONG_COVERAGE and self.score >= STRONG_SCORE and self.question_words >= STRONG_WORDS
                and self.runner_up <= STRONG_MARGIN * self.score and self._audience_fits)

    @property
    def dominant(self) -> bool:
        """Far ahead of the runner-up though not confident: an answer where
        veilig.dialogue_order.find_in_knowledge allows it (see DOMINANT_* and NAMED_LEAD_*)."""
        if self.score < DOMINANT_SCORE or not self._audience_fits:
            return False
        if not self.tied and self.coverage >= DOMINANT_COVERAGE and self.runner_up <= DOMINANT_MARGIN * self.score:
            return True
        return (self.evidence >= MIN_EVIDENCE and self.coverage >= NAMED_LEAD_COVERAGE
                and self.runner_up <= NAMED_LEAD_MARGIN * self.score)

    @property
    def far_ahead(self) -> bool:
        """Far enough ahead of the runner-up for the search and the meaning to answer together
        (KnowledgeSearch.agreed_lead)."""
        return not self.tied and self.score >= AGREED_SCORE and self.runner_up <= AGREED_MARGIN * self.score

    @property
    def _audience_fits(self) -> bool:
        # An entry for professionals only when a professional asks ('waar vraag ik een VOG aan' is
        # a resident's errand, not the sports club's VOG).
        return self.audience != "professional" or self.asked_by_professional

    def as_result(self) -> Dict:
        return {"id": self.id, "title": self.title, "text": self.text, "audience": self.audience,
                "source": {"document": self.document, "section": self.section}, "score": round(self.score, 3)}


class KnowledgeIndexUnavailable(RuntimeError):
    pass


@dataclass
class _Concept:
    word: str
    alts: List[Tuple[Tuple[str, ...], float]]   # (terms that must all be present, weight)
    weight: float                                # importance for coverage


def _phrases(title: str, synonyms: str) -> str:
    """The phrases_n value for an index built before that column existed."""
    return json.dumps(phrases(title or "", json.loads(synonyms or "[]")))


class _Opened:
    """Everything the scoring needs, read from the index once per index file."""

    def __init__(self, path: Path):
        self.stat = path.stat()
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        have = {r[1] for r in self.conn.execute("pragma table_info(docs)")}
        fields = ", ".join(f if f in have else "''" for f in FIELDS)  # an older index lacks vragen_n
        try:
            rows = self.conn.execute(f"select id, {fields}, phrases_n from docs").fetchall()
        except sqlite3.OperationalError:  # an index from before phrases_n: analyse them here
            rows = [r + (_phrases(*self.conn.execute("select title, synonyms from entries where id = ?", (r[0],)).fetchone()),)
                    for r in self.conn.execute(f"select id, {fields} from docs").fetchall()]
        count = max(1, len(rows))
        columns = {r[0]: [(c or "").split() for c in r[1:len(FIELDS) + 1]] for r in rows}
        avg: List[float] = [sum(len(cols[i]) for cols in columns.values()) / count for i in range(len(FIELDS))]
        df: Counter = Counter()
        for cols in columns.values():
            df.update(set().union(*cols))
        self.idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in df.items()}
        self.max_idf = math.log(1 + (count - 0.5) / 1.5)
        self.vocab: Set[str] = set(df)
        # BM25F contribution of every (term, entry) pair, computed once.
        self.bm25: Dict[str, Dict[str, float]] = {}
        for eid, cols in columns.items():
            norms = [1 - b + b * (len(col) / a if a else 0) for b, col, a in zip(B, cols, avg)]
            weighted: Dict[str, float] = defaultdict(float)
            for col, weight, norm in zip(cols, WEIGHTS, norms):
                for term, n in Counter(col).items():
                    weighted[term] += weight * n / norm
            for term, tfw in weighted.items():
                self.bm25.setdefault(term, {})[eid] = self.idf[term] * tfw / (K1 + tfw)
        self.parts: Dict[str, Tuple[str, ...]] = {}
        self.starts = prefixes(self.vocab)
        # Titles and synonyms as phrases: (entry, terms, idf per term, factor, counts as evidence),
        # indexed by term. A synonym of several words that the stopwords reduced to one term
        # ('wat kan ik doen' -> doen) is too vague to count as evidence.
        self.phrases: List[Tuple[str, Tuple[str, ...], Tuple[float, ...], float, bool]] = []
        self.phrase_index: Dict[str, List[int]] = {}
        for r in rows:
            data = json.loads(r[len(FIELDS) + 1] or "{}")
            for factor, item in ([(TITLE_PHRASE, data.get("title", {}))] + [(1.0, p) for p in data.get("syn", [])]
                                 + [(QUESTION_PHRASE, p) for p in data.get("vragen", [])]):
                phrase = tuple(dict.fromkeys(item.get("terms", ())))
                if not phrase:
                    continue
                specific = len(phrase) >= 2 or item.get("words", 1) <= 1 or self.idf.get(phrase[0], 0) >= SPECIFIC_IDF
                number = len(self.phrases)
                self.phrases.append((r[0], phrase, tuple(max(PHRASE_IDF_FLOOR, self.idf.get(t, self.max_idf)) for t in phrase),
                                     factor if specific else factor * VAGUE_PHRASE, specific))
                for term in phrase:
                    for key in (term,) + self.split(term):
                        self.phrase_index.setdefault(key, []).append(number)
        self.entries = {
            r[0]: r[1:] for r in self.conn.execute(
                "select id, title, short, audience, document, section, url, related from entries")
        }
        self.numbers = {r[0] for r in self.conn.execute("select id from entries where folder = ?", (NUMBERS_FOLDER,))}
        self.professional = {r[0] for r in self.conn.execute("select id from entries where audience = 'professional'")}
        self.residents = {r[0] for r in self.conn.execute("select id from entries where audience = 'inwoner'")}
        try:
            self.kinds = {r[0]: r[1] or None for r in self.conn.execute("select id, kind from entries")}
        except sqlite3.OperationalError:  # an index from before the kind column
            self.kinds = {r[0]: entry_kind(*r) for r in self.conn.execute("select id, title, folder from entries")}
        self.buckets: Dict[Tuple[str, int], List[str]] = {}
        for term in self.vocab:
            if len(term) >= 4 and not term.isdigit():
                self.buckets.setdefault((term[0], len(term)), []).append(term)
        self.corrections: Dict[str, Tuple[str, ...]] = {}
        self._phrasings: Optional[Phrasings] = None
        self._meanings: Optional[Meanings] = None
        self._speller: Optional[Speller] = None
        dutch_words()  # load the word lists now rather than during the first question

    def _known_phrasings(self) -> List[Tuple[str, str]]:
        """Every entry's title, synonyms and example questions."""
        have = {r[1] for r in self.conn.execute("pragma table_info(entries)")}
        questions = "questions" if "questions" in have else "'[]'"
        rows = self.conn.execute(f"select id, title, synonyms, {questions} from entries").fetchall()
        return [(eid, text) for eid, title, synonyms, asked in rows
                for text in [title] + json.loads(synonyms or "[]") + json.loads(asked or "[]")]

    def speller(self) -> Speller:
        """The words of every entry, for correcting typing errors; built on first use."""
        if self._speller is None:
            texts = [text for _, text in self._known_phrasings()]
            texts += [text or "" for row in self.conn.execute("select short, long from entries") for text in row]
            self._speller = Speller(texts, dutch_words)
        return self._speller

    def question(self, text: str) -> str:
        """The question as the search reads it: chat greetings and shorthand out, typing errors corrected."""
        return self.speller().correct(plain_question(text[:MAX_CHARS]))

    def phrasings(self) -> Phrasings:
        """Built on first use: most questions never need it."""
        if self._phrasings is None:
            self._phrasings = Phrasings(self._known_phrasings())
        return self._phrasings

    def meanings(self) -> Meanings:
        """Built on first use from the cache (seconds without it: `make prepare` fills it)."""
        if self._meanings is None:
            self._meanings = Meanings(self._known_phrasings(), meaning_cache())
        return self._meanings

    def split(self, term: str) -> Tuple[str, ...]:
        parts = self.parts.get(term)
        if parts is None:
            parts = tuple(split_compound(term, self.vocab, self.starts))
            if len(self.parts) < 50000:
                self.parts[term] = parts
        return parts

    def correct(self, term: str) -> Tuple[str, ...]:
        """Close vocabulary terms with the same first letter and about the same length."""
        found = self.corrections.get(term)
        if found is None:
            candidates = [t for n in range(len(term) - 2, len(term) + 3) for t in self.buckets.get((term[0], n), ())]
            found = tuple(difflib.get_close_matches(term, candidates, n=1, cutoff=0.8 if len(term) >= 7 else 0.85))
            if len(self.corrections) < 20000:
                self.corrections[term] = found
        return found


class KnowledgeSearch:
    def __init__(self, path: Optional[Path] = None):
        self._path = Path(path) if path else None
        self._opened: Optional[_Opened] = None
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        # Resolved on use: VV_VAR_DIR may be set after this object was made (tests, tools).
        return self._path or index_path()

    def _current(self) -> _Opened:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            raise KnowledgeIndexUnavailable(f"no index at {self.path}")
        opened = self._opened
        if opened is None or (stat.st_ino, stat.st_mtime_ns) != (opened.stat.st_ino, opened.stat.st_mtime_ns):
            try:
                opened = _Opened(self.path)
            except (sqlite3.Error, ValueError, KeyError) as error:
                raise KnowledgeIndexUnavailable(str(error))
            self._opened = opened
        return opened

    def warm_up(self) -> None:
        """Open the index and build the phrasings, meanings and speller now rather than during a
        conversation; after a reload the first question that needs them builds them again."""
        try:
            with self._lock:
                self._current().phrasings()
                self._current().meanings()
                self._current().speller()
        except (KnowledgeIndexUnavailable, sqlite3.Error):
            pass

    def entry_words(self) -> Counter:
        """The words of every entry with how often they occur (what typing errors are corrected to)."""
        with self._lock:
            return Counter(self._current().speller().counts)

    def ready(self) -> bool:
        try:
            with self._lock:
                return self._current().conn.execute("select count(*) from entries").fetchone()[0] > 0
        except (KnowledgeIndexUnavailable, sqlite3.Error):
            return False

    # -- question analysis -------------------------------------------------------------------

    def _concepts(self, question: str, opened: _Opened) -> Tuple[List[_Concept], List[str]]:
        question = question[:MAX_CHARS]
        surface = tokens(question)
        known_words = dutch_words()
        concepts: List[_Concept] = []
        seen: Set[str] = set()
        unknown = 0
        analysed, extra = [], []
        for term, position, derived in analyse(question, limit=2 * MAX_CONCEPTS):
            if not derived:
                analysed.append((term, position))
            elif term in opened.vocab and derived == "age":
                # 'mijn moeder van 85': the age stands for 'ouderen' instead of for the number.
                analysed = [(t, p) for t, p in analysed if p != position] + [(term, position)]
            elif term in opened.vocab:
                extra.append(term)
        analysed = analysed[:MAX_CONCEPTS]
        for term, position in analysed:
            if term in seen:
                continue
            seen.add(term)
            word = surface[position][0]
            if term in opened.vocab:
                alts: List[Tuple[Tuple[str, ...], float]] = [((term,), 1.0)]
                parts = opened.split(term)
                if parts:
                    alts.append((parts, PART_WEIGHT))
                concepts.append(_Concept(word, alts, opened.idf[term] ** IDF_POWER))
                continue
            unknown += 1
            parts = opened.split(term) if unknown <= MAX_UNKNOWN else ()
            if parts:
                concepts.append(_Concept(word, [(parts, 1.0)], max(opened.idf[p] for p in parts) ** IDF_POWER))
                continue
            if len(term) >= 4 and word not in known_words and not term.isdigit() and unknown <= MAX_UNKNOWN:
                close = opened.correct(term)
                if close:
                    concepts.append(_Concept(word, [(close, TYPO_WEIGHT)], opened.idf[close[0]] ** IDF_POWER))
                    continue
            weight = UNKNOWN_WEIGHT * opened.max_idf ** IDF_POWER * (0.5 if term.isdigit() else 1.0)
            concepts.append(_Concept(word, [], weight))
        joined: List[str] = [t for t in dict.fromkeys(extra) if t not in seen]
        for (first, p1), (second, p2) in zip(analysed, analysed[1:]):
            if p2 - p1 <= 3:
                for compound in join_compounds(first, second, opened.vocab):
                    if compound not in seen and compound not in joined:
                        joined.append(compound)
        return concepts, joined

    def query_terms(self, question: str, opened: _Opened) -> List[str]:
        concepts, joined = self._concepts(question or "", opened)
        terms: List[str] = []
        for concept in concepts:
            for alt, _ in concept.alts[:1]:
                terms.extend(t for t in alt if t not in terms)
        return terms + [t for t in joined if t not in terms]

    # -- scoring -------------------------------------------------------------------------------

    def _rank(self, question: str, opened: _Opened) -> List[Tuple[float, float, float, int, str]]:
        """(score, coverage, evidence, terms in the evidence phrase, entry id), best first."""
        return self._rank_full(question, opened)[0]

    def _rank_full(self, question: str, opened: _Opened):
        """The ranking, whether the best answer is only a guess (see MARGIN and RIVAL_*), the
        number of content words in the question and whether a professional asks."""
        concepts, joined = self._concepts(question, opened)
        concepts = [_Concept(c.word, c.alts, c.weight * ASKING_WEIGHT) if c.alts and c.alts[0][0] in ASKING_TERMS else c
                    for c in concepts]
        total = sum(c.weight for c in concepts)
        if not concepts or total <= 0:
            return [], False, 0, False
        relevance: Dict[str, float] = defaultdict(float)
        covered: Dict[str, float] = defaultdict(float)
        explained: Dict[str, int] = defaultdict(int)   # bit i: the entry explains concept i
        wanted: Set[str] = set(joined)
        for number, concept in enumerate(concepts):
            best: Dict[str, float] = {}
            hits: Set[str] = set()
            for alt, weight in concept.alts:
                wanted.update(alt)
                if len(alt) == 1:
                    for eid, value in opened.bm25.get(alt[0], {}).items():
                        if weight * value > best.get(eid, 0.0):
                            best[eid] = weight * value
                        if weight >= PART_WEIGHT:
                            hits.add(eid)
                    continue
                found: Dict[str, List[float]] = defaultdict(list)
                for term in alt:
                    for eid, value in opened.bm25.get(term, {}).items():
                        found[eid].append(value)
                for eid, values in found.items():
                    value = weight * sum(values) / len(alt) ** 0.5
                    if len(values) < len(alt):
                        value *= 0.4
                    elif weight >= PART_WEIGHT:
                        hits.add(eid)
                    if value > best.get(eid, 0.0):
                        best[eid] = value
            for eid, value in best.items():
                relevance[eid] += value
            for eid in hits:
                covered[eid] += concept.weight
                explained[eid] |= 1 << number
        for compound in joined:
            for eid, value in opened.bm25.get(compound, {}).items():
                relevance[eid] += JOIN_WEIGHT * value
        # Titles and synonyms that the question contains, wholly or in part.
        phrase: Dict[str, float] = defaultdict(float)
        whole: Dict[str, Tuple[float, int]] = {}
        touched: Set[int] = set()
        for term in wanted:
            touched.update(opened.phrase_index.get(term, ()))
        for number in touched:
            eid, terms, idfs, factor, specific = opened.phrases[number]
            matched, floored, count = 0.0, 0.0, 0
            for term, idf in zip(terms, idfs):
                parts = opened.parts.get(term)
                if term in wanted or (parts and all(p in wanted for p in parts)):
                    matched += idf
                    floored += max(idf, EVIDENCE_IDF_FLOOR)
                    count += 1
            if matched:
                share = matched / sum(idfs)
                value = factor * matched * share ** PHRASE_POWER
                if value > phrase[eid]:
                    phrase[eid] = value
                # Evidence needs (nearly) the whole phrase: 'hoe lang duurt een huisverbod' is no
                # evidence for a question about how long a pregnancy lasts.
                evidence = 0.0
                # The share is measured with every word floored: a phrase's common core word
                # ('hoeveel scholieren worden mishandeld') cannot be missing from the question.
                floored_share = floored / sum(max(idf, EVIDENCE_IDF_FLOOR) for idf in idfs)
                if specific and share >= EVIDENCE_SHARE and floored_share >= EVIDENCE_FLOORED_SHARE:
                    evidence = floored * (count / len(terms)) ** EVIDENCE_POWER
                # (of two phrases with the same evidence, the longer counts: the order phrases are
                # visited in must not decide whether one word or two explain the question)
                if (evidence, len(terms)) > whole.get(eid, (0.0, 0)) and evidence > 0:
                    whole[eid] = (evidence, len(terms))
        words = [w for w, _ in tokens(question)]
        about_numbers = bool(QUANTITY_WORDS.intersection(words)) or any(
            (a, b) in FREQUENCY_PAIRS for a, b in zip(words, words[1:])) or (
            bool(OCCURS_WORDS.intersection(words)) and any((a, b) in OCCURS_OFTEN for a, b in zip(words, words[1:])))
        by_professional = bool(PROFESSIONAL_WORDS.intersection(words))
        self_professional = presents_as_professional(words)
        asked_kind = question_kind(question)
        similar = dict(opened.phrasings().closest(question)[:PHRASING_CANDIDATES]) if PHRASING_WEIGHT else {}
        results = []
        for eid in set(relevance) | set(phrase):
            coverage = covered.get(eid, 0.0) / total
            score = (relevance.get(eid, 0.0) + PHRASE_WEIGHT * phrase.get(eid, 0.0)) * (COVERAGE_BASE + coverage)
            if eid in opened.numbers:
                score *= NUMBERS_BOOST if about_numbers else NUMBERS_PENALTY
            if eid in opened.professional:
                score *= PROFESSIONAL_BOOST if by_professional else PROFESSIONAL_PENALTY
            elif self_professional and eid in opened.residents:
                score *= RESIDENT_PENALTY
            kind = opened.kinds.get(eid)
            if asked_kind and kind:
                score *= KIND_BOOST if kind == asked_kind else KIND_PENALTY
            score *= 1 + PHRASING_WEIGHT * similar.get(eid, 0.0)
            evidence, size = whole.get(eid, (0.0, 0))
            results.append((score, coverage, evidence, size, eid))
        results.sort(key=lambda r: (-r[0], r[4]))
        guess = False
        if results and results[0][0] > 0:
            top_score, top_eid = results[0][0], results[0][4]
            guess = len(results) > 1 and results[1][0] >= MARGIN * top_score
            # Evidence of a single word ('scheiding') is weak: then the question's heaviest word
            # must be explained too ('hoe regel ik de alimentatie na mijn scheiding').
            if results[0][3] == 1:
                heaviest = max(range(len(concepts)), key=lambda i: concepts[i].weight)
                guess = guess or not explained.get(top_eid, 0) >> heaviest & 1
            for other in results[1:RIVALS + 1]:
                if guess or other[0] < RIVAL_SCORE * top_score:
                    break
                extra = explained.get(other[4], 0) & ~explained.get(top_eid, 0)
                share = sum(c.weight for i, c in enumerate(concepts) if extra >> i & 1) / total
                guess = share >= RIVAL_SHARE
        return results, guess, len(concepts), by_professional

    def search(self, question: str, limit: int = 5) -> List[Hit]:
        if not isinstance(question, str):
            question = "" if question is None else str(question)
        with self._lock:
            opened = self._current()
            question = opened.question(question)
            ranked, guess, words, by_professional = self._rank_full(question, opened)
        hits = []
        for rank, (score, coverage, evidence, size, eid) in enumerate(ranked[: max(1, limit)]):
            title, short, audience, document, section, url, related = opened.entries[eid]
            tied = any(other[0] >= TIE * score for other in ranked[max(0, rank - 1): rank + 2] if other[4] != eid)
            tied = tied or (rank == 0 and guess)
            runner_up = ranked[rank + 1][0] if rank + 1 < len(ranked) else 0.0
            hits.append(Hit(eid, title, render(short), audience, document, section, url,
                            json.loads(related or "[]"), score, coverage, evidence, size, tied, runner_up, by_professional, words))
        return hits

    def closest_phrasing(self, question: str, hits: List[Hit]) -> Optional[str]:
        """The entry whose title, synonym or example question is nearly the question itself, when
        the word search agrees by ranking it among `hits`' first SIMILAR_AGREE."""
        return _agreed(clearly_closest(self._by_letters(question), SIMILAR_MIN, SIMILAR_GAP), hits[:SIMILAR_AGREE])

    def identical_phrasing(self, question: str, hits: List[Hit]) -> Optional[str]:
        """The entry with a title, synonym or example question that is the question itself, word for
        word (IDENTICAL_WORDS), when the word search ranks it among `hits`' first SIMILAR_AGREE."""
        with self._lock:
            opened = self._current()
            found = opened.phrasings().identical(opened.question(str(question or "")), IDENTICAL_WORDS)
        return _agreed(found, hits[:SIMILAR_AGREE])

    def exact_phrasing(self, question: str) -> Optional[str]:
        """The entry with a title, synonym or example question that is the question itself (see
        EXACT_MIN), for a question the word search finds nothing for."""
        return clearly_closest(self._by_letters(question), EXACT_MIN, SIMILAR_GAP)

    def _by_letters(self, question: str) -> List[Tuple[str, float]]:
        with self._lock:
            opened = self._current()
            return opened.phrasings().closest(opened.question(str(question or "")))

    def nearest_in_meaning(self, question: str) -> Tuple[Optional[str], float]:
        """The entry with the phrasing closest in meaning to the question, and its cosine
        ((None, 0.0) without a model)."""
        ranked = self._by_meaning(question)
        return ranked[0] if ranked else (None, 0.0)

    def _by_meaning(self, question: str) -> List[Tuple[str, float]]:
        with self._lock:
            opened = self._current()
            return opened.meanings().closest(opened.question(str(question or "")))

    def closest_in_meaning(self, question: str, hits: List[Hit]) -> Optional[str]:
        """The entry whose phrasing is clearly closest in meaning to the question, when the word
        search agrees by ranking it among `hits`' first MEANING_AGREE (None without a model)."""
        ranked = self._by_meaning(question)
        return _agreed(clearly_closest(ranked, MEANING_MIN, MEANING_GAP), hits[:MEANING_AGREE])

    def agreed_lead(self, question: str, hits: List[Hit]) -> Optional[str]:
        """The top hit when it is far ahead (Hit.far_ahead) and also the entry nearest in meaning
        (AGREED_MEANING_MIN)."""
        if not hits or not hits[0].far_ahead:
            return None
        nearest, cosine = self.nearest_in_meaning(question)
        return hits[0].id if nearest == hits[0].id and cosine >= AGREED_MEANING_MIN else None

    def entry(self, entry_id: str) -> Optional[Dict]:
        with self._lock:
            opened = self._current()
            row = opened.conn.execute(
                "select id, folder, title, synonyms, audience, document, section, url, related, checked, short, long "
                "from entries where id = ?", (entry_id,)).fetchone()
        if not row:
            return None
        keys = ["id", "folder", "title", "synonyms", "audience", "document", "section", "url", "related", "checked", "short", "long"]
        item = dict(zip(keys, row))
        return {
            "id": item["id"], "title": item["title"], "text": render(item["short"]), "long": render(item["long"]),
            "audience": item["audience"], "folder": item["folder"], "synonyms": json.loads(item["synonyms"]),
            "related": json.loads(item["related"]), "checked": item["checked"],
            "source": {"document": item["document"], "section": item["section"], "url": item["url"]},
        }


def presents_as_professional(words: List[str]) -> bool:
    """'als leraar', 'als pedagogisch medewerker', 'ik ben (een) huisarts', 'ik werk op een school',
    'wij als school': the asker speaks from a profession (not 'als de leraar ...', 'als mijn juf ...')."""
    for i, word in enumerate(words):
        following = words[i + 1:i + 3]
        if word == "als" and following and following[0] not in _NOT_SELF and PROFESSIONS.intersection(following):
            return True
        if word == "ik" and following[:1] in (["ben"], ["werk"]):
            rest = [w for w in words[i + 2:i + 6] if w not in ("een", "als", "op", "in", "bij", "de", "het")]
            if rest[:2] and PROFESSIONS.intersection(rest[:2]):
                return True
    return False


def _agreed(closest: Optional[str], hits: List[Hit]) -> Optional[str]:
    """The closest entry of a second opinion, when the word search ranks it among `hits`."""
    return closest if closest in [h.id for h in hits] else None


def source_line(document: str, section: str, url: str = "") -> str:
    """'Bron: Regiovisie Noord- en Midden-Limburg, 'Actielijn 3''."""
    sources = load_knowledge_yaml("bronnen.yml")
    title = (sources.get(document) or {}).get("titel", document)
    if document == "landelijk":
        return f"Bron: {section or title}" + (f" ({url})" if url else "")
    return f"Bron: {title}, '{section}'" if section else f"Bron: {title}"
