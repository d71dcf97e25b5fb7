"""Anonymous counts for the municipality's policy staff (/beheer): what the chat did, never what
anyone wrote.

Per day, per municipality (the widget's data-gemeente, matched to our list, else "onbekend") and
per language: conversations, messages, routes given, knowledge answers / choices / no answer,
degraded answers and quick exits. Only these counts reach the SQLite file (sqlite-utils): no
message text, no session ids, no addresses, no time finer than the day. Counts wait in memory and
are written in one transaction every few seconds and at shutdown, so a chat message costs no disk
write. A count below 10 is shown as "< 10" (SMALL), so a single person cannot be picked out.
"""
import datetime
import sqlite3
import threading
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple, Union

import sqlite_utils

from veilig.regions import find_municipality

TABLE = "tellingen"
UNKNOWN = "onbekend"
SMALL = 10
LANGUAGES = ("nl", "en", "pl", "ro", "bg", "tr", "ar")
# What is counted; "route:<name>" for each route of api.metrics.ROUTE_CONTACTS and the local team.
KINDS = ("gesprek", "bericht", "route:112", "route:veilig_thuis", "route:lokaal_team", "route:kindertelefoon",
         "route:csg", "kennis:antwoord", "kennis:keuzes", "kennis:geen", "noodantwoord", "snel_weg")
Key = Tuple[str, str, str, str]  # day, municipality, language, kind


def municipality_key(name: Optional[str]) -> str:
    """The widget's municipality as one of ours (its key), else "onbekend": free text never lands."""
    found = find_municipality(name or "") if name else None
    return found.key if found else UNKNOWN


def language_key(language: str) -> str:
    return language if language in LANGUAGES else "anders"


def insight_kinds(new_conversation: bool, routes: List[str], knowledge: str, degraded: bool) -> List[str]:
    """What one answered message adds to the counts. "No answer" is a reply with neither a
    knowledge entry, nor choices, nor any route's number."""
    kinds = ["bericht", *(["gesprek"] if new_conversation else []), *(f"route:{route}" for route in routes)]
    if degraded:
        kinds.append("noodantwoord")
    elif knowledge in ("answer", "choices"):
        kinds.append("kennis:antwoord" if knowledge == "answer" else "kennis:keuzes")
    elif not routes:
        kinds.append("kennis:geen")
    return kinds


def shown(count: int) -> str:
    return f"< {SMALL}" if 0 < count < SMALL else str(count)


class InsightStore:
    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        self._pending: Counter = Counter()
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(str(self.path))
        if TABLE not in db.table_names():
            db.table(TABLE).create({"dag": str, "gemeente": str, "taal": str, "soort": str, "aantal": int},
                             pk=("dag", "gemeente", "taal", "soort"))
        db.close()

    def count(self, municipality: Optional[str], language: str, kinds: Iterable[str],
              day: Optional[datetime.date] = None) -> None:
        day_text = (day or datetime.date.today()).isoformat()
        where = (day_text, municipality_key(municipality), language_key(language))
        with self._lock:
            for kind in kinds:
                if kind in KINDS:
                    self._pending[where + (kind,)] += 1

    def flush(self) -> int:
        """Write the waiting counts in one transaction; returns how many rows changed."""
        with self._lock:
            pending, self._pending = self._pending, Counter()
        if not pending:
            return 0
        try:
            conn = sqlite3.connect(self.path)
            try:
                with conn:
                    conn.executemany(
                        f"insert into {TABLE} (dag, gemeente, taal, soort, aantal) values (?, ?, ?, ?, ?) "
                        "on conflict (dag, gemeente, taal, soort) do update set aantal = aantal + excluded.aantal",
                        [key + (amount,) for key, amount in pending.items()])
            finally:
                conn.close()
        except sqlite3.Error:
            with self._lock:  # keep them for the next try: nothing counted is lost
                self._pending.update(pending)
            raise
        return len(pending)

    def weekly(self) -> List[Dict]:
        """Counts per ISO week, municipality and kind (all languages together), oldest week first."""
        self.flush()
        conn = sqlite3.connect(self.path)
        try:
            rows = conn.execute(f"select dag, gemeente, soort, aantal from {TABLE}").fetchall()
        finally:
            conn.close()
        totals: Counter = Counter()
        for day, municipality, kind, amount in rows:
            year, week, _ = datetime.date.fromisoformat(day).isocalendar()
            totals[(f"{year}-W{week:02d}", municipality, kind)] += amount
        return [{"week": week, "gemeente": municipality, "soort": kind, "aantal": amount}
                for (week, municipality, kind), amount in sorted(totals.items())]

    def rows(self) -> List[Dict]:
        """Every stored count (per day), for the CSV export."""
        self.flush()
        db = sqlite_utils.Database(str(self.path))
        try:
            return list(db.table(TABLE).rows_where(order_by="dag, gemeente, taal, soort"))
        finally:
            db.close()
