"""Application factory: one read-only store per app, a cursor per request.

Connections are not safe to use from two threads at once, so each request (run in FastAPI's
thread pool) gets its own from ``store.cursor()``: on DuckDB an independent connection to the
same database instance, on PostgreSQL a connection from the store's small pool. DuckDB lets
no other process write a file a server has open: stop the server before re-running
``eventwire run`` on the same store. A PostgreSQL store is served while others write to it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire import __version__
from eventwire.query import QueryError
from eventwire.store import open_store

MAX_BODY = 200_000


class AppState:
    """What the routes share: the store connection and the lazily loaded extractor."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.store = open_store(db, read_only=True)
        self._extractor: Any = None
        self._lock = threading.Lock()

    def cursor(self) -> Iterator[Any]:
        cur = self.store.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def extractor(self) -> Any:
        """The spaCy pipeline is slow to load: once per app, on first use."""
        with self._lock:
            if self._extractor is None:
                from eventwire.extract import Extractor

                self._extractor = Extractor()
            return self._extractor

    def close(self) -> None:
        self.store.close()


class BodyLimit:
    """Reject request bodies over ``limit`` bytes with 413. A declared Content-Length is
    checked up front; a chunked body is read (up to the limit) before the app sees it,
    because FastAPI would turn an error raised while reading into a 400."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.limit:
                await _too_large(self.limit, send)
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.limit:
                await _too_large(self.limit, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _too_large(limit: int, send: Send) -> None:
    body = JSONResponse({"error": f"request body larger than {limit} bytes"}, 413).body
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: str) -> FastAPI:
    """The eventwire HTTP application serving the store at ``db`` (read-only)."""
    state = AppState(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        state.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Geocoded, deduplicated events extracted from news articles.",
        lifespan=lifespan,
    )
    app.state.eventwire = state

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(x) for x in first["loc"])
        return JSONResponse({"error": f"{where}: {first['msg']}", "detail": errors}, 422)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, 400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "internal error; see the server log"}, 500)

    from eventwire.serve.api import router

    app.include_router(router)
    from eventwire.serve.ui import mount_ui

    mount_ui(app)
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    return app
