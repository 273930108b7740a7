"""The command line: each command parses its options and calls one library function."""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from realpolitik.errors import RealpolitikError
from realpolitik.settings import DEFAULT_MODEL, Settings

app = typer.Typer(help="Reads international-relations news and builds the system it describes.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
actors_app = typer.Typer(help="Inspect actor resolution.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")
console = Console(stderr=True)

DEFAULT_DB = Path("realpolitik.duckdb")
# The shared data sits beside the repository; REALPOLITIK_SHARED points elsewhere.
SHARED = Path(os.environ.get("REALPOLITIK_SHARED", "../shared"))

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file (created if missing).")]
ModelOption = Annotated[str, typer.Option("--model", help="Installed spaCy model to use.")]
ActorFiles = Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor file (YAML/CSV); repeatable.")]
LexiconFiles = Annotated[list[Path] | None, typer.Option("--lexicon", help="Extra event lexicon (YAML).")]
EventTyperOption = Annotated[bool, typer.Option(
    "--event-typer/--no-event-typer",
    help="Code sentences no lexicon rule codes with the learned sentence typer (events marked coded_by=model).")]


def _settings(model: str = DEFAULT_MODEL, db: Path = DEFAULT_DB, actors: list[Path] | None = None,
              lexicon: list[Path] | None = None, **extra: object) -> Settings:
    return Settings(model=model, db_path=db, actor_files=tuple(actors or ()), lexicon_files=tuple(lexicon or ()),
                    **extra)  # type: ignore[arg-type]


def _fail(exc: Exception) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc}")
    return typer.Exit(code=1)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def run(paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
        db: DbOption = DEFAULT_DB, model: ModelOption = DEFAULT_MODEL, actors: ActorFiles = None,
        lexicon: LexiconFiles = None, event_typer: EventTyperOption = True,
        workers: Annotated[int, typer.Option(help="Dask worker processes (0: parse in this process).")] = 0,
        scheduler: Annotated[str | None, typer.Option(help="Address of a running Dask scheduler.")] = None,
        include: Annotated[list[str] | None, typer.Option(help="Glob of files to read in folders.")] = None,
        exclude: Annotated[list[str] | None, typer.Option(help="Glob of files to skip in folders.")] = None,
        max_bytes: Annotated[int, typer.Option(help="Largest input accepted, in bytes.")] = 20_000_000) -> None:
    """Ingest, extract and store: the main job."""
    from realpolitik.pipeline import run_paths
    from realpolitik.store import Store

    settings = _settings(model, db, actors, lexicon, include=tuple(include or ()), exclude=tuple(exclude or ()),
                         max_bytes=max_bytes, event_typer=event_typer)
    try:
        client = _dask_client(workers, scheduler)
        with Store(db) as store, _progress() as progress:
            task = progress.add_task("documents", total=None)
            report = run_paths(paths, settings, store, client=client,
                               progress=lambda n: progress.advance(task, n))
            counts = store.counts()
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    table = Table(title=f"realpolitik run → {db}")
    for name in ("inputs", "ok", "skipped", "errors", "duplicates", "resumed", "events", "claims"):
        table.add_row(name, str(getattr(report, name)))
    table.add_row("seconds", f"{report.seconds:.1f}")
    table.add_row("store", ", ".join(f"{k} {v}" for k, v in counts.items()))
    Console().print(table)


def _dask_client(workers: int, scheduler: str | None):  # type: ignore[no-untyped-def]
    if scheduler:
        from distributed import Client

        return Client(scheduler)
    if workers > 0:
        from realpolitik.scale import local_client

        return local_client(workers)
    return None


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True)


@app.command()
def code(source: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin.")] = "-",
         model: ModelOption = DEFAULT_MODEL, actors: ActorFiles = None, lexicon: LexiconFiles = None,
         event_typer: EventTyperOption = True) -> None:
    """JSON Lines in, one JSON line of actors, events and claims out per input (docs/jsonl.md)."""
    from realpolitik.code import code_lines

    settings = _settings(model, actors=actors, lexicon=lexicon, event_typer=event_typer)
    handle = sys.stdin if source == "-" else open(source, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        for obj in code_lines(handle, settings):
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    finally:
        if handle is not sys.stdin:
            handle.close()


@app.command()
def summary(db: DbOption = DEFAULT_DB,
            format: Annotated[str, typer.Option("--format", help="md, json or html.")] = "md",
            since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
            actor: Annotated[str | None, typer.Option(help="Only what involves this actor code.")] = None,
            out: Annotated[Path | None, typer.Option(help="Write here (pictures go beside it).")] = None) -> None:
    """The system card: actors, relations, leverage, dyads, claims and a timeline."""
    from realpolitik.analysis.summary import write_summary
    from realpolitik.store import Store

    try:
        with Store(db) as store:
            text = write_summary(store.con, format, out, since=date.fromisoformat(since) if since else None,
                                 actor=actor)
    except (RealpolitikError, ValueError) as exc:
        raise _fail(exc) from exc
    if out is None:
        sys.stdout.write(text)


@app.command()
def query(what: Annotated[str, typer.Argument(help="events, dyads, relations, claims or leverage.")],
          db: DbOption = DEFAULT_DB,
          format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table") -> None:
    """Analysis queries as tables (the same functions notebooks use)."""
    from realpolitik.analysis import queries
    from realpolitik.store import Store

    if what not in queries.QUERIES:
        raise _fail(RealpolitikError(f"unknown query {what!r}; choose from {', '.join(queries.QUERIES)}"))
    function = getattr(queries, what)
    with Store(db) as store:
        frame = function(store.con)
    if format == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif format == "json":
        sys.stdout.write(frame.to_json(orient="records", date_format="iso") + "\n")
    else:
        Console().print(frame.to_string(index=False, max_colwidth=60))


@app.command()
def clean(path: Annotated[Path, typer.Argument(help="A file to clean.")],
          as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False) -> None:
    """What the cleaner keeps, its metadata, and what it removed and why."""
    from realpolitik.clean import clean_report

    try:
        report = clean_report(path, Settings())
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
        return
    out = Console()
    out.print(f"[bold]{report.title or '(no title)'}[/bold]  author={report.author} outlet={report.outlet} "
              f"date={report.date} language={report.language}")
    out.print(report.text)
    for removed in report.removed:
        out.print(f"[red]removed[/red] {removed.start}-{removed.end} ({removed.reason}): {removed.text.strip()!r}")


@app.command(name="eval")
def evaluate(area: Annotated[str, typer.Argument(help="seeds, actors, events, clean, system or all.")] = "all",
             shared: Annotated[Path, typer.Option(help="The shared data folder.")] = SHARED,
             floors: Annotated[Path, typer.Option(help="Floors file of the eval gate.")] = Path("evals/floors.json"),
             check: Annotated[bool, typer.Option("--check", help="Fail when a metric breaks its floor.")] = False,
             model: ModelOption = DEFAULT_MODEL) -> None:
    """Accuracy evaluations; with --check, the CI eval gate."""
    from realpolitik.evaluate.gate import EVALUATIONS, load_floors, run_evaluation
    from realpolitik.evaluate.gate import check as gate_check

    if not shared.is_dir():
        raise _fail(RealpolitikError(f"shared data folder not found: {shared}"))
    areas = list(EVALUATIONS) if area == "all" else [area]
    bounds = load_floors(floors) if floors.exists() else {}
    failed = False
    for name in areas:
        metrics = run_evaluation(name, _settings(model), shared)
        sys.stdout.write(json.dumps({name: metrics}, indent=1) + "\n")
        for result in gate_check(name, metrics, bounds):
            mark = "ok  " if result.passed else "FAIL"
            console.print(f"{mark} {name}.{result.metric} = {result.value} ({result.kind} {result.bound})")
            failed |= not result.passed
    if check and failed:
        raise typer.Exit(code=1)


@app.command()
def bench(corpus: Annotated[Path, typer.Option(help="Folder or file of documents.")] = Path("examples/articles"),
          limit: Annotated[int | None, typer.Option(help="At most this many documents.")] = None,
          repeat: Annotated[int, typer.Option(help="Runs per measurement (best is kept).")] = 3,
          events: Annotated[int, typer.Option(help="Synthetic events for the analysis timing (0: skip).")] = 100_000,
          model: ModelOption = DEFAULT_MODEL,
          as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False) -> None:
    """Throughput against bare spaCy on the same texts, and analysis latency."""
    from realpolitik.bench import run_bench

    try:
        report = run_bench(corpus, _settings(model), limit=limit, repeat=repeat, analysis_events=events)
    except RealpolitikError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=1) + "\n")
        return
    table = Table(title=f"realpolitik bench: {report.corpus}")
    table.add_row("documents / words", f"{report.documents} / {report.words}")
    table.add_row("bare spaCy nlp.pipe", f"{report.bare_spacy_s:.2f} s")
    table.add_row("end to end", f"{report.end_to_end_s:.2f} s ({report.docs_per_s:.1f} docs/s, "
                  f"{report.words_per_s:.0f} words/s)")
    table.add_row("ratio to bare spaCy", f"{report.ratio:.2f}x")
    for stage in report.stages:
        table.add_row(stage.name, f"{stage.seconds:.2f} s ({stage.ratio_to_bare:.2f}x)")
    table.add_row("peak memory", f"{report.peak_memory_mb:.0f} MB")
    for name, seconds in report.analysis.items():
        table.add_row(f"{name} ({events} events)", f"{seconds:.3f} s")
    Console().print(table)


@app.command()
def export(db: DbOption = DEFAULT_DB,
           out: Annotated[Path, typer.Option(help="Folder for the Parquet files.")] = Path("export")) -> None:
    """Every table as Parquet, for exchange."""
    from realpolitik.store import Store

    with Store(db) as store:
        for path in store.export_parquet(out):
            Console().print(str(path))


@app.command()
def serve(db: DbOption = DEFAULT_DB, port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8765) -> None:
    """A small local web view of the store."""
    import uvicorn

    from realpolitik.web import create_app

    uvicorn.run(create_app(db), host="127.0.0.1", port=port, log_level="warning")


@actors_app.command("explain")
def actors_explain(text: Annotated[str, typer.Argument(help="Text to resolve.")],
                   on: Annotated[str | None, typer.Option("--date", help="Article date YYYY-MM-DD.")] = None,
                   model: ModelOption = DEFAULT_MODEL, actors: ActorFiles = None) -> None:
    """Which actors a text mentions, and why each resolved as it did."""
    from realpolitik.actors.explain import explain

    rows = explain(text, _settings(model, actors=actors), published=date.fromisoformat(on) if on else None)
    table = Table("text", "code", "sector", "kind", "name", "reason")
    for row in rows:
        table.add_row(row.text, row.code, row.sector or "", str(row.kind), row.name, row.reason)
    Console().print(table)


if __name__ == "__main__":
    app()
