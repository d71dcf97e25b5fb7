"""GET /metrics: Prometheus counts for operators (api/metrics.py); keep it internal."""
from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api.deps import get_metrics
from api.metrics import ChatMetrics

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
def metrics(chat_metrics: ChatMetrics = Depends(get_metrics)):
    # Counts only; the public proxy refuses /metrics (deploy/nginx/veilig-verder.conf).
    return Response(chat_metrics.render(), media_type=chat_metrics.content_type)
