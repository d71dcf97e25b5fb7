"""The knowledge base over HTTP: search and single entries (read only)."""
from fastapi import APIRouter, Depends, Query

from api.deps import get_knowledge
from api.errors import error
from api.models import ErrorBody, KnowledgeEntry, KnowledgeSearchResponse
from veilig.knowledge.search import KnowledgeIndexUnavailable, KnowledgeSearch

router = APIRouter()


@router.get("/api/knowledge/search", response_model=KnowledgeSearchResponse, responses={503: {"model": ErrorBody}})
def knowledge_search(q: str = Query(..., max_length=500), limit: int = Query(5, ge=1, le=20),
                     knowledge: KnowledgeSearch = Depends(get_knowledge)):
    try:
        hits = knowledge.search(q, limit=limit)
    except KnowledgeIndexUnavailable:
        return error(503, "knowledge_unavailable", "De kennisbank is nu niet beschikbaar.")
    return {"results": [h.as_result() for h in hits]}


@router.get("/api/knowledge/entries/{entry_id}", response_model=KnowledgeEntry,
            responses={404: {"model": ErrorBody}, 503: {"model": ErrorBody}})
def knowledge_entry(entry_id: str, knowledge: KnowledgeSearch = Depends(get_knowledge)):
    try:
        entry = knowledge.entry(entry_id)
    except KnowledgeIndexUnavailable:
        return error(503, "knowledge_unavailable", "De kennisbank is nu niet beschikbaar.")
    if entry is None:
        return error(404, "not_found", f"Er is geen kennisitem '{entry_id[:80]}'.")
    return entry
