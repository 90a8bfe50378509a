"""``ficshelf batch``: analyse a corpus on Dask and write it as tables (``ficshelf.scale``).
``ficshelf.cli`` adds it to its group, which turns the library's errors into messages and
exit codes (Dask missing: exit 2 with the command that installs it)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ficshelf.cli_interrupt import ctrl_c_before_start, nothing_analysed
from ficshelf.cli_limits import limit_options, limits_of
from ficshelf.cli_progress import progress_bar
from ficshelf.counted_words import counted, skipped_by_reason
from ficshelf.ingest.archive import Input, Skipped, iter_inputs

if TYPE_CHECKING:
    from ficshelf.scale.runner import BatchEvent, BatchSummary


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the tables into (created; tables of an earlier batch replaced).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes of the local Dask cluster. [default: one per core]",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run on an existing Dask cluster: its scheduler's address (tcp://HOST:8786).",
)
@click.option(
    "--dashboard",
    is_flag=True,
    help="Print the address of the cluster's Dask dashboard on stderr once it is up (a local "
    "cluster's listens on 127.0.0.1 only; the graphical one needs bokeh).",
)
@limit_options
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object per file (rejected and skipped ones too) on stdout, and "
    "nothing else.",
)
def batch(
    paths: tuple[str, ...],
    out: Path,
    workers: int | None,
    scheduler: str | None,
    dashboard: bool,
    max_size: float,
    max_expanded: float,
    as_json: bool,
) -> None:
    """Analyse story files, folders (recursively) and .zip archives on Dask, and write
    the results as tables into the folder --out: stories.csv, characters.csv, quotes.csv,
    relationships.csv, warnings.csv, fandoms.csv, library_fandoms.csv, rejected.csv,
    analyses.jsonl (each story's `analyze --json` object), texts/ (the text each story's
    offsets index, named in stories.csv's text_file) and summary.json; rows sorted by
    file, the same whatever the number of workers (docs/batch.md lists the columns).

    Reads what `ficshelf import` reads, with the same limits; a file that cannot be read
    is reported with the reason and the rest goes on. Runs on a local cluster of --workers
    processes, or on the cluster of --scheduler. Needs the extra: pip install
    'ficshelf[scale]'. Ctrl-C stops it; the tables then hold every row of the stories
    written so far.

    \b
    Example:
      ficshelf batch ~/corpus/ archive.zip --out tables/
      ficshelf batch ~/corpus/ --out tables/ --scheduler tcp://scheduler-host:8786
    """
    from ficshelf.scale.engine import check_scheduler_address, require_dask
    from ficshelf.scale.runner import BatchSummary, run_batch
    from ficshelf.scale.writer import BatchWriter

    limits = limits_of(max_size, max_expanded)
    with ctrl_c_before_start(nothing_analysed(out)):
        require_dask()
        if scheduler is not None:
            check_scheduler_address(scheduler)
        inputs = list(iter_inputs(paths, limits))
    done = BatchSummary()  # filled as files are written, for a message if Ctrl-C stops it
    with BatchWriter(out) as writer, progress_bar(len(inputs), shown=not as_json) as bar:

        def report(event: BatchEvent) -> None:
            bar.update(1)
            if as_json:
                click.echo(json.dumps(_event_json(event), ensure_ascii=False))

        try:
            summary = run_batch(
                inputs,
                writer,
                workers=workers,
                scheduler=scheduler,
                limits=limits,
                on_event=report,
                summary=done,
                on_dashboard=_print_dashboard if dashboard else None,
            )
        except KeyboardInterrupt:
            bar.close()
            if done.files < len(inputs) or not writer.library_written:
                writer.summary({**done.to_dict(), "interrupted": True})
                writer.close()
                click.echo(_interrupted(done, inputs, out), err=True)
                sys.exit(130)
            # Ctrl-C came once everything was written (as the cluster stopped): a whole batch
            writer.summary(done.to_dict())
            summary = done
    if not as_json:
        _print_summary(summary, out)
        for refused in summary.rejected:
            click.echo(f"rejected: {refused.path}: {refused.reason}", err=True)
    if summary.rejected and not summary.stories:
        sys.exit(1)


def _interrupted(done: BatchSummary, inputs: list[Input], out: Path) -> str:
    """The message of a batch that Ctrl-C stopped: what is in ``out`` and what is not, in
    story files (those the batch analyses or rejects), then the files it skips (not story
    files) counted by reason, as import and the summary count them."""
    skipped: Counter[str] = Counter(i.reason for i in inputs if isinstance(i, Skipped))
    stories = len(inputs) - sum(skipped.values())
    written = done.stories + len(done.rejected)
    counts = f"{done.stories:,} stories, {len(done.rejected):,} rejected"
    if written < stories:
        message = (
            f"Interrupted: {written:,} of {counted(stories, 'story file')} written to {out} "
            f"({counts}); every row in the tables is whole. Run the same command again for "
            "the whole batch."
        )
    else:
        message = (
            f"Interrupted after every story file was written: {counted(stories, 'story file')}"
            f" in {out} ({counts}), every row whole; only library_fandoms.csv (the fandoms "
            "inferred across the batch) is not. Run the same command again for it."
        )
    by_reason = skipped_by_reason(skipped)
    return f"{message}\n{by_reason}" if by_reason else message


def _print_dashboard(link: str) -> None:
    click.echo(f"Dask dashboard: {link}", err=True)


def _print_summary(summary: BatchSummary, out: Path) -> None:
    click.echo(
        f"{summary.stories:,} stories, {summary.words:,} words in {summary.seconds:.1f} s "
        f"({summary.words_per_second:,.0f} words/s, {_workers(summary.workers)}); "
        f"{len(summary.rejected):,} rejected, {sum(summary.skipped.values()):,} skipped; "
        f"tables in {out}"
    )
    skipped = skipped_by_reason(summary.skipped)
    if skipped:
        click.echo(skipped)


def _event_json(event: BatchEvent) -> dict[str, object]:
    """One line of --json: the file, what became of it and its words or the reason."""
    from ficshelf.scale.stories import Refused, Story

    if isinstance(event, Story):
        return {"path": event.path, "status": "analysed", "words": event.analysis["word_count"]}
    status = "rejected" if isinstance(event, Refused) else "skipped"
    return {"path": event.path, "status": status, "reason": event.reason}


def _workers(n: int) -> str:
    return f"{n} worker" if n == 1 else f"{n} workers"
