"""In-memory tracker store that forgets a conversation after it has been idle.

Rasa's InMemoryTrackerStore keeps every conversation until the process ends. For this service
no transcript may outlive the live conversation, so idle trackers are dropped.
"""
import time
from typing import Any, Dict, Iterable, Optional, Text

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    def __init__(self, domain: Domain, event_broker: Any = None, idle_minutes: Any = 30, **kwargs: Dict[Text, Any]) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        try:
            self.idle_seconds = max(1.0, float(idle_minutes) * 60)
        except (TypeError, ValueError):
            self.idle_seconds = 30 * 60.0
        self.last_seen: Dict[Text, float] = {}

    def _expire(self) -> None:
        cutoff = time.monotonic() - self.idle_seconds
        for sender_id in [s for s, seen in self.last_seen.items() if seen < cutoff]:
            self.store.pop(sender_id, None)
            self.last_seen.pop(sender_id, None)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._expire()
        await super().save(tracker)
        self.last_seen[tracker.sender_id] = time.monotonic()

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._expire()
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._expire()
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[Text]:
        self._expire()
        return await super().keys()
