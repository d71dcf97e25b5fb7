"""Prometheus metrics for operators (GET /metrics): counts and a latency histogram only.

No message text, no session ids, no addresses: what a reply gave is read from the reply once
(which numbers it carries, whether it is a knowledge answer or a choice) and only counted. Each
app has its own registry, so tests can make several apps. Keep /metrics internal: the nginx site
in the README denies it from outside.
"""
from typing import Dict, List, Optional

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from veilig.contacts import phone
from veilig.yamlfiles import load_knowledge_yaml

# The routes an operator wants to see given, by the contact each one hands out.
ROUTE_CONTACTS = {"112": "alarmnummer", "veilig_thuis": "veilig_thuis", "kindertelefoon": "kindertelefoon",
                  "csg": "centrum_seksueel_geweld"}
LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ChatMetrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter("vv_chat_messages", "Chat messages answered", registry=self.registry)
        self.conversations = Counter("vv_chat_conversations", "New conversations", registry=self.registry)
        self.routes = Counter("vv_chat_route_given", "Replies that gave this route's number or the local team",
                              ["route"], registry=self.registry)
        self.knowledge = Counter("vv_chat_knowledge", "Knowledge replies: answer, choices or none", ["result"],
                                 registry=self.registry)
        self.degraded = Counter("vv_chat_degraded", "Degraded answers (bot unavailable)", registry=self.registry)
        self.languages = Counter("vv_chat_language", "Messages per language", ["taal"], registry=self.registry)
        self.replicas = Counter("vv_rasa_replica_requests", "Messages sent to each Rasa replica, by outcome",
                                ["replica", "outcome"], registry=self.registry)
        self.latency = Histogram("vv_chat_latency_seconds", "Time to answer a chat message",
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        for route in [*ROUTE_CONTACTS, "lokaal_team"]:
            self.routes.labels(route)
        for result in ("answer", "choices", "none"):
            self.knowledge.labels(result)

    def observe(self, messages: List[Dict], seconds: float, language: str, new_conversation: bool,
                degraded: bool, routes: Optional[List[str]] = None, knowledge: Optional[str] = None) -> None:
        self.messages.inc()
        self.latency.observe(seconds)
        self.languages.labels(language if language.isalpha() and len(language) == 2 else "anders").inc()
        if new_conversation:
            self.conversations.inc()
        if degraded:
            self.degraded.inc()
        for route in routes_given(messages) if routes is None else routes:
            self.routes.labels(route).inc()
        self.knowledge.labels(knowledge or knowledge_result(messages)).inc()

    def replica_used(self, replica: int, outcome: str) -> None:
        self.replicas.labels(str(replica), outcome).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)


def routes_given(messages: List[Dict]) -> List[str]:
    text = "\n".join(m.get("text", "") for m in messages)
    numbers = {route: _number(key) for route, key in ROUTE_CONTACTS.items()}
    given = [route for route, number in numbers.items() if number and number in text]
    if any(team and team in text for team in _local_teams()):
        given.append("lokaal_team")
    return given


def knowledge_result(messages: List[Dict]) -> str:
    if any("\nBron: " in m.get("text", "") for m in messages):
        return "answer"
    if any(str(b.get("payload", "")).startswith("/kennis_item") for m in messages for b in m.get("buttons") or []):
        return "choices"
    return "none"


def _number(key: str) -> Optional[str]:
    try:
        return phone(key)
    except (KeyError, TypeError):
        return None


def _local_teams() -> List[str]:
    data = load_knowledge_yaml("gemeenten.yml") or {}
    return [str((item.get("lokaal_team") or {}).get("naam") or "") for item in data.values()]
