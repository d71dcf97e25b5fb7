"""The one set of settings: every part of the gateway and every script reads it.

Each value comes from the environment variable named in its alias, else from the default written
here once (ports included: `make run`, the tests' and benchmarks' stacks and training read them
here). A value that does not parse stops the start with a clear error instead of a silent default.
"""
from typing import Annotated, List

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    # populate_by_name: code and tests may still pass the field's own name (rate_limit_per_minute=0).
    model_config = SettingsConfigDict(populate_by_name=True, extra="ignore")

    # Where the services listen; Rasa and the action server only ever on localhost.
    rasa_port: int = Field(5005, validation_alias="RASA_PORT")
    action_port: int = Field(5055, validation_alias="ACTION_PORT")
    gateway_host: str = Field("127.0.0.1", validation_alias="GATEWAY_HOST")
    gateway_port: int = Field(8000, validation_alias="GATEWAY_PORT")
    # X-Forwarded-For counts only from these proxies (uvicorn --forwarded-allow-ips).
    trusted_proxies: str = Field("127.0.0.1", validation_alias="GATEWAY_TRUSTED_PROXIES")
    rasa_url: str = Field("", validation_alias="RASA_URL")
    action_url: str = Field("", validation_alias="ACTION_URL")
    # Scaled mode: RASA_REPLICAS >= 2 Rasa processes (replica i on rasa_port + i) sharing Redis.
    rasa_replicas: int = Field(1, ge=1, le=16, validation_alias="RASA_REPLICAS")
    rasa_urls: Annotated[List[str], NoDecode] = Field(default_factory=list, validation_alias="RASA_URLS")
    # Redis for the replicas' conversations and the gateways' shared rate limit: REDIS_URL, or
    # `make run` starts Debian's redis-server on 127.0.0.1:redis_port (scaled mode only).
    redis_url: str = Field("", validation_alias="REDIS_URL")
    redis_port: int = Field(6379, validation_alias="REDIS_PORT")

    rasa_timeout: float = Field(10.0, validation_alias="CHAT_RASA_TIMEOUT")
    max_message_chars: int = 1000
    rate_limit_per_minute: int = Field(60, validation_alias="CHAT_RATE_LIMIT")
    idle_minutes: float = Field(30, validation_alias="CHAT_IDLE_MINUTES")
    cors_origins: Annotated[List[str], NoDecode] = Field(default_factory=list, validation_alias="CHAT_CORS_ORIGINS")
    admin_token: str = Field("", validation_alias="KNOWLEDGE_ADMIN_TOKEN")
    # The anonymous counts for /beheer (api/insight.py); default var/inzicht.sqlite.
    insight_path: str = Field("", validation_alias="INSIGHT_DB")
    # Signs the session ids; several gateway processes behind one proxy must share it.
    session_secret: str = Field("", validation_alias="CHAT_SESSION_SECRET")

    @field_validator("cors_origins", "rasa_urls", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @model_validator(mode="after")
    def _local_urls(self) -> "Settings":
        if not self.rasa_urls:
            self.rasa_urls = ([self.rasa_url] if self.rasa_url else
                              [f"http://127.0.0.1:{self.rasa_port + i}" for i in range(self.rasa_replicas)])
        if not self.rasa_url:
            self.rasa_url = self.rasa_urls[0]
        if not self.action_url:
            self.action_url = f"http://127.0.0.1:{self.action_port}"
        return self
