"""Request and response models of the public API (they make up the OpenAPI spec)."""
from typing import List, Literal, Optional

from pydantic import BaseModel, Field, StrictStr


class ChatRequest(BaseModel):
    session_id: Optional[StrictStr] = Field(None, description="null for a new conversation; afterwards the id the gateway returned")
    message: StrictStr = Field(..., description="What the person typed, at most 1,000 characters")
    gemeente: Optional[StrictStr] = Field(None, max_length=80,
                                          description="The municipality whose website the widget is on (data-gemeente)")
    taal: Optional[Literal["nl", "en", "pl", "ro", "bg", "tr", "ar"]] = Field(
        None, description="The language chosen in the widget; without it the gateway detects the language")


class Button(BaseModel):
    title: str
    payload: str


class ChatMessage(BaseModel):
    text: str
    buttons: List[Button] = []


class ChatResponse(BaseModel):
    session_id: str
    messages: List[ChatMessage]
    degraded: bool = False
    taal: str = Field("nl", description="The language the bot answered in")


class ErrorBody(BaseModel):
    error: str = Field(..., description="machine-readable code")
    message: str = Field(..., description="explanation in plain Dutch")


class Source(BaseModel):
    document: str
    section: str


class KnowledgeResult(BaseModel):
    id: str
    title: str
    text: str
    audience: str
    source: Source
    score: float


class KnowledgeSearchResponse(BaseModel):
    results: List[KnowledgeResult]


class KnowledgeSourceFull(Source):
    url: str = ""


class KnowledgeEntry(BaseModel):
    id: str
    title: str
    text: str
    long: str
    audience: str
    folder: str
    synonyms: List[str]
    related: List[str]
    checked: str
    source: KnowledgeSourceFull


class ReloadProblem(BaseModel):
    file: str
    line: int
    level: str
    message: str


class ReloadResponse(BaseModel):
    reloaded: bool
    entries: int
    problems: List[ReloadProblem]


Language = Literal["nl", "en", "pl", "ro", "bg", "tr", "ar"]


class WidgetLabels(BaseModel):
    """The widget's visible texts in one language; phone numbers are filled in."""
    launcher: str
    title: str
    subtitle: str = Field(..., description="Template: {gemeente} is the widget's data-gemeente")
    dialogLabel: str
    robot: str
    call112: str = Field(..., description="Header line with 112")
    callVT: str = Field(..., description="Header line with Veilig Thuis 0800-2000")
    quickExit: str
    quickExitHint: str
    close: str
    historyLink: str
    historyBack: str
    welcome: str
    peopleAvailable: str
    inputLabel: str
    inputHint: str
    counter: str = Field(..., description="Template: {n} typed characters, {max} the maximum")
    send: str
    typing: str
    you: str
    bot: str
    notice: str
    privacyWarning: str
    sendAnyway: str
    edit: str
    networkError: str
    tooLong: str = Field(..., description="Template: {max} the maximum number of characters")


class WidgetTexts(BaseModel):
    taal: Language
    naam: str = Field(..., description="The language's own name (for the language choice)")
    richting: Literal["ltr", "rtl"] = Field(..., description="Writing direction")
    teksten: WidgetLabels
