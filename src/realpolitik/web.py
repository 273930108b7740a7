"""A small local web view of a store (FastAPI); each route calls one library function."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse

from realpolitik.settings import Settings
from realpolitik.store import Store


def create_app(db_path: Path | str, settings: Settings | None = None) -> FastAPI:
    """The web app over one store file (opened per request, read-only use)."""
    app = FastAPI(title="realpolitik", description="The system described by the news in one store.")
    settings = settings or Settings(db_path=Path(db_path))

    @app.get("/api/summary")
    def summary(since: date | None = None, actor: str | None = None) -> dict[str, Any]:
        from realpolitik.analysis.summary import build_summary

        with Store(db_path) as store:
            return build_summary(store.con, since=since, actor=actor).to_dict()  # type: ignore[no-any-return]

    @app.get("/api/query/{what}")
    def query(what: str) -> list[dict[str, Any]]:
        from realpolitik.analysis import queries

        if what not in queries.QUERIES:
            raise HTTPException(404, f"unknown query {what!r}; choose from {', '.join(queries.QUERIES)}")
        with Store(db_path) as store:
            frame = getattr(queries, what)(store.con)
        return json.loads(frame.to_json(orient="records", date_format="iso"))  # type: ignore[no-any-return]

    @app.post("/api/code")
    def code(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        from realpolitik.code import code_lines

        if not hasattr(app.state, "nlp"):
            from realpolitik.nlp import build_pipeline

            app.state.nlp = build_pipeline(settings)
        return list(code_lines((json.dumps(i) for i in items), settings, nlp=app.state.nlp))

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        from realpolitik.analysis.summary import build_summary, summary_html

        with Store(db_path) as store:
            return summary_html(build_summary(store.con))  # type: ignore[no-any-return]

    return app
