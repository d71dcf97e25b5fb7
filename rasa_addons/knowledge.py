"""The one knowledge search of a Rasa process, shared by the components that need it
(rasa_addons/spelling.py for the entries' words, rasa_addons/dialogue_order.py for the search), so
the index is opened and analysed once."""
from functools import lru_cache

from veilig.knowledge.search import KnowledgeSearch


@lru_cache(maxsize=1)
def shared_search() -> KnowledgeSearch:
    search = KnowledgeSearch()
    search.warm_up()
    return search
