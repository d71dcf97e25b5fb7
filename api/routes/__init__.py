"""One router per area of the gateway: chat, knowledge, admin, pages, health, metrics."""
