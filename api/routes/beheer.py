"""/beheer: anonymous counts for policy staff and the knowledge workbench for editors.

Only with KNOWLEDGE_ADMIN_TOKEN set (otherwise every path here is 404). Login with that token
gives a session cookie (api/beheer_auth.py); every change needs the form's CSRF token. No page
here shows or stores anything a resident wrote.
"""
import csv
import io

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import beheer_pages as pages
from api.beheer_auth import COOKIE, EDITOR_NAME, LIFETIME_SECONDS, BeheerAuth, is_https, same_origin
from api.deps import get_gaps, get_insight, get_knowledge
from api.gaps import GapWords
from api.insight import InsightStore, shown
from veilig.answers import choice_messages, entry_messages
from veilig.knowledge.check import check_knowledge, missing_local_teams
from veilig.knowledge.editing import change_log, clean_synonyms, find_entry, save_edit
from veilig.knowledge.search import KnowledgeIndexUnavailable, KnowledgeSearch
from veilig.paths import knowledge_dir
from veilig.regions import municipalities
from veilig.yamlfiles import load_knowledge_yaml

router = APIRouter(include_in_schema=False)  # HTML pages for people, not part of the public API


async def get_auth(request: Request) -> BeheerAuth:
    return request.app.state.beheer_auth


# No script at all; forms post to this site only (the demo page's policy forbids forms).
BEHEER_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
              "frame-ancestors 'none'")


def _html(body: str, status: int = 200) -> HTMLResponse:
    # same-origin, not no-referrer: with no-referrer a browser posts forms with "Origin: null",
    # and the login checks the Origin.
    return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": BEHEER_CSP,
                                                           "Referrer-Policy": "same-origin"})


def _not_found() -> HTMLResponse:
    return _html(pages.page("Niet gevonden", "<p>Deze pagina bestaat niet.</p>"), 404)


def _not_logged_in(auth: BeheerAuth) -> Response:
    """Without an admin token /beheer does not exist; without a session, back to the login."""
    return _not_found() if not auth.enabled else RedirectResponse("/beheer", status_code=303)


def _forbidden() -> HTMLResponse:
    return _html(pages.page("Niet toegestaan", "<p>Dit verzoek is geweigerd. Ga terug en probeer het opnieuw.</p>"), 403)


@router.get("/beheer", response_class=HTMLResponse)
async def overview(request: Request, gemeente: str = "", auth: BeheerAuth = Depends(get_auth),
                   insight: InsightStore = Depends(get_insight), gaps: GapWords = Depends(get_gaps)):
    if not auth.enabled:
        return _not_found()
    nonce = auth.nonce(request)
    if nonce is None:
        return _html(pages.login())
    names = {key: m.name for key, m in municipalities().items()}
    chosen = gemeente if gemeente in names or gemeente == "onbekend" else ""
    return _html(pages.dashboard(insight.weekly(), {**names, "onbekend": "Onbekend"}, chosen, auth.csrf_token(nonce),
                                 gaps.words()))


@router.post("/beheer/inloggen")
async def log_in(request: Request, token: str = Form("", max_length=500), auth: BeheerAuth = Depends(get_auth)):
    if not auth.enabled:
        return _not_found()
    if not same_origin(request):
        return _forbidden()
    if not auth.token_ok(token):
        return _html(pages.login("Deze sleutel klopt niet."), 401)
    response = RedirectResponse("/beheer", status_code=303)
    response.set_cookie(COOKIE, auth.new_cookie(), max_age=LIFETIME_SECONDS, path="/beheer", httponly=True,
                        secure=is_https(request), samesite="strict")
    return response


@router.post("/beheer/uitloggen")
async def log_out(request: Request, csrf: str = Form(""), auth: BeheerAuth = Depends(get_auth)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    if not auth.csrf_ok(request, nonce, csrf):
        return _forbidden()
    response = RedirectResponse("/beheer", status_code=303)
    response.delete_cookie(COOKIE, path="/beheer")
    return response


@router.get("/beheer/export.csv")
async def export(request: Request, gemeente: str = "", auth: BeheerAuth = Depends(get_auth),
                 insight: InsightStore = Depends(get_insight)):
    if auth.nonce(request) is None:
        return _not_logged_in(auth)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["week", "gemeente", "soort", "aantal"])
    for row in insight.weekly():
        if not gemeente or row["gemeente"] == gemeente:
            writer.writerow([row["week"], row["gemeente"], row["soort"], shown(row["aantal"])])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="veilig-verder-tellingen.csv"'})


@router.get("/beheer/kennis", response_class=HTMLResponse)
async def workbench(request: Request, vraag: str = "", auth: BeheerAuth = Depends(get_auth),
                    knowledge: KnowledgeSearch = Depends(get_knowledge)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    question = vraag.strip()[:500]
    hits, answer = [], []
    if question:
        try:
            found = knowledge.search(question, limit=8)
        except KnowledgeIndexUnavailable:
            found = []
        hits = [{"id": h.id, "title": h.title, "score": h.score, "coverage": h.coverage, "confident": h.confident}
                for h in found]
        if found and found[0].confident:
            entry = knowledge.entry(found[0].id)
            answer = entry_messages(knowledge, entry) if entry else []
        elif found:
            answer = choice_messages(knowledge, [h.id for h in found[:3]]) or []
    return _html(pages.workbench(question, hits, answer, auth.csrf_token(nonce)))


@router.get("/beheer/kennis/{entry_id}", response_class=HTMLResponse)
async def edit_page(entry_id: str, request: Request, auth: BeheerAuth = Depends(get_auth)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    entry = find_entry(entry_id)
    if entry is None:
        return _not_found()
    return _html(pages.edit_form(entry.id, entry.title, entry.short, entry.synonyms, auth.csrf_token(nonce)))


@router.post("/beheer/kennis/{entry_id}", response_class=HTMLResponse)
async def edit(entry_id: str, request: Request, kort: str = Form("", max_length=4000),
               synoniemen: str = Form("", max_length=8000), actie: str = Form("voorbeeld"), csrf: str = Form(""),
               auth: BeheerAuth = Depends(get_auth)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    if not auth.csrf_ok(request, nonce, csrf):
        return _forbidden()
    entry = find_entry(entry_id)
    if entry is None:
        return _not_found()
    token = auth.csrf_token(nonce)
    synonyms = clean_synonyms(synoniemen)
    if actie != "opslaan":
        preview = _preview(kort)
        return _html(pages.edit_form(entry.id, entry.title, kort, synonyms, token, preview=preview))
    result = save_edit(entry_id, kort, synoniemen, EDITOR_NAME)
    saved = find_entry(entry_id) if result.saved else None
    short, synonyms = (saved.short, saved.synonyms) if saved else (kort, synonyms)
    return _html(pages.edit_form(entry.id, entry.title, short, synonyms, token, result.message,
                                 [str(p) for p in result.problems]), 200 if result.saved else 422)


def _preview(short: str) -> str:
    """The short answer as the bot would say it: phone placeholders filled in."""
    from veilig.contacts import render

    try:
        return render(short.strip())
    except (KeyError, ValueError):
        return short.strip()


@router.get("/beheer/controle", response_class=HTMLResponse)
async def problems(request: Request, auth: BeheerAuth = Depends(get_auth)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    found = [str(p) for p in check_knowledge(knowledge_dir())]
    missing = missing_local_teams(load_knowledge_yaml("gemeenten.yml") or {})
    return _html(pages.problems_page(found, missing, auth.csrf_token(nonce)))


@router.get("/beheer/wijzigingen", response_class=HTMLResponse)
async def changes(request: Request, auth: BeheerAuth = Depends(get_auth)):
    nonce = auth.nonce(request)
    if nonce is None:
        return _not_logged_in(auth)
    return _html(pages.changes_page(change_log(), auth.csrf_token(nonce)))

