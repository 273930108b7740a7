"""Scale-out on Dask: workers parse and extract, the caller stays the single store writer.

Each worker loads the spaCy pipeline once and keeps it on the worker object, so a
cluster pays the model load once per worker, not once per task.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from realpolitik.records import Document, Extraction
from realpolitik.settings import Settings

log = logging.getLogger(__name__)

CHUNK = 16


def _worker_pipeline(settings: Settings):  # type: ignore[no-untyped-def]
    from distributed import get_worker

    from realpolitik.nlp import build_pipeline

    worker = get_worker()
    cache = getattr(worker, "_realpolitik_pipelines", None)
    if cache is None:
        cache = {}
        worker._realpolitik_pipelines = cache  # type: ignore[attr-defined]
    if settings not in cache:
        cache[settings] = build_pipeline(settings)
    return cache[settings]


def extract_chunk(documents: list[Document], settings: Settings) -> list[Extraction]:
    """Runs on a worker: the extractions of a chunk of documents."""
    from realpolitik.pipeline import extract_documents

    return extract_documents(_worker_pipeline(settings), documents, settings.batch_size)


def extract_on_cluster(client, documents: Iterable[Document], settings: Settings,  # type: ignore[no-untyped-def]
                       max_in_flight: int = 8) -> Iterator[list[Extraction]]:
    """Extractions in input order, with a bounded number of chunks in flight."""
    iterator = iter(documents)
    pending: list[Any] = []
    while True:
        while len(pending) < max_in_flight and (chunk := list(islice(iterator, CHUNK))):
            pending.append(client.submit(extract_chunk, chunk, settings, pure=False))
        if not pending:
            return
        yield pending.pop(0).result()


def local_client(workers: int):  # type: ignore[no-untyped-def]
    """A Dask LocalCluster client with ``workers`` single-threaded worker processes."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)
