"""Dutch text analysis for the knowledge search.

fold (case, accents) -> spaCy's Dutch lookup lemmas (spacy-lookups-data, the same table that
spacy.blank("nl") uses) -> Snowball stem -> compound parts from the index vocabulary. The same
analysis runs on entries and on questions, so "mishandeling van kinderen" meets
"kindermishandeling".
"""
import gzip
import json
import os
from functools import lru_cache
from typing import Dict, Iterable, List, Set

import snowballstemmer
import spacy_lookups_data

from veilig.text import fold

STOPWORDS = frozenset(
    """
    de het een en of maar als dan dat die dit deze wat wie waar wanneer hoe waarom welke welk
    is zijn was waren ben bent wordt worden werd werden word heb hebt heeft hebben had hadden
    kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zullen zou zouden doe doet doen
    ik jij je jou jouw u uw hij zij ze wij we jullie hun hen hem haar mijn mn m n zijn ons onze
    in op aan van voor met bij naar om over uit tot door tegen onder na zonder per via
    er hier daar nog al ook wel niet geen nooit heel erg zo te ter eens even ff gewoon echt
    iets niets iemand mensen men
    betekent betekenis houdt inhoud bedoeld bedoelen bedoelt uitleg uitleggen leg vertel
    informatie info graag vraag vragen weten weet eigenlijk precies soort zoiets dus
    hallo hoi hey beste
    """.split()
)

# Lemmas the lookup table misses and Snowball leaves apart.
_EXTRA_LEMMAS = {
    "kinderen": "kind", "kinder": "kind", "kids": "kind", "kindje": "kind", "kindjes": "kind",
    "geslagen": "slaan", "sloeg": "slaan", "slaat": "slaan", "sla": "slaan",
    "ouders": "ouder", "vrouwen": "vrouw", "mannen": "man", "slachtoffers": "slachtoffer",
    "gemeenten": "gemeente", "plegers": "pleger", "daders": "dader", "scholen": "school",
}

_stemmer = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=1)
def _lemma_table() -> Dict[str, str]:
    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "nl_lemma_lookup.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    return {fold(k): fold(v) for k, v in table.items() if " " not in v}


@lru_cache(maxsize=50000)
def stem(word: str) -> str:
    lemma = _EXTRA_LEMMAS.get(word) or _lemma_table().get(word, word)
    return _stemmer.stemWord(lemma)


def words(text: str) -> List[str]:
    return fold(text).split()


def stems(text: str, keep_stopwords: bool = False) -> List[str]:
    return [stem(w) for w in words(text) if keep_stopwords or w not in STOPWORDS]


_LINKS = ("s", "e", "en", "er", "")


def split_compound(term: str, vocabulary: Set[str]) -> List[str]:
    """'kindermishandel' -> ['kind', 'mishandel'] when both parts are known words."""
    if len(term) < 7:
        return []
    for cut in range(len(term) - 3, 2, -1):
        head, tail = term[:cut], term[cut:]
        tail_stem = stem(tail)
        if tail not in vocabulary and tail_stem not in vocabulary:
            continue
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            base = head[: len(head) - len(link)] if link else head
            if len(base) >= 3 and (base in vocabulary or stem(base) in vocabulary):
                return [stem(base) if stem(base) in vocabulary else base,
                        tail if tail in vocabulary else tail_stem]
    return []


def expand(terms: Iterable[str], vocabulary: Set[str]) -> List[str]:
    out = []
    for term in terms:
        out.append(term)
        out.extend(split_compound(term, vocabulary))
    return out
