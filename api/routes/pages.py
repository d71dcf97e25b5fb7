"""The demo page, the widget script and the widget's texts per language."""
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from api.errors import error
from api.models import ErrorBody, WidgetTexts
from api.widget_texts import widget_texts

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
router = APIRouter()


@router.get("/api/widget-teksten/{taal}", response_model=WidgetTexts, responses={404: {"model": ErrorBody}})
def widget_labels(taal: str):
    texts = widget_texts(taal)
    if texts is None:
        return error(404, "not_found", f"Er zijn geen widgetteksten voor taal '{taal[:10]}'.")
    return texts


@router.get("/", include_in_schema=False)
def demo_page():
    page = STATIC_DIR / "demo.html"
    if not page.exists():
        return error(404, "not_found", "Geen demopagina.")
    return FileResponse(page, media_type="text/html")


@router.get("/widget.js", include_in_schema=False)
def widget_script():
    script = STATIC_DIR / "widget.js"
    if not script.exists():
        return error(404, "not_found", "Geen widget.")
    return FileResponse(script, media_type="application/javascript")
