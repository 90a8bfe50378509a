"""The research commands of the ``ficshelf`` command line: ``analyze`` (one story, not stored)
and ``eval`` (the pipeline scored against gold files). ``ficshelf.cli`` adds them to its
group, which turns the library's errors into messages and exit codes.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ficshelf.errors import ConfigError, FicshelfError


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the analysis as one JSON object.")
def analyze(file: Path, as_json: bool) -> None:
    """Analyse one story file without storing it: notes, narration, characters, dialogue
    and speakers, relationships, fandom, warnings and rating.

    --json prints the contract of DESIGN.md (offsets index the decoded text of FILE);
    the JSON Schema ships as ficshelf/understand/analysis.schema.json.

    \b
    Example:
      ficshelf analyze story.txt
      ficshelf analyze story.epub --json | jq '.characters[].name'
    """
    from ficshelf.ingest import read_document
    from ficshelf.understand import analyze as run_pipeline
    from ficshelf.understand.report import analysis_to_dict, report_lines

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise FicshelfError(f"{file}: {exc.strerror or exc}") from exc
    result = analysis_to_dict(run_pipeline(read_document(str(file), data)))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for line in report_lines(result):
            click.echo(line)


@click.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--match",
    multiple=True,
    metavar="GLOB",
    help="Score only gold files whose path or name matches (repeatable).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all", "tuning", "held-out"]),
    default=None,
    help="LitBank: score only the dev split (first 80 files by name) or test (last 20); "
    "default: both, reported apart. Sample corpus: score only its tuning or held-out "
    "stories (the split of docs/accuracy.md).",
)
@click.option("--errors", "show_errors", is_flag=True, help="List each story's errors too.")
@click.option("--json", "as_json", is_flag=True, help="Print scores and per-story detail as JSON.")
@click.option(
    "--unseen-canon",
    is_flag=True,
    help="Sample corpus: analyse each story with the fandoms its gold names left out of the "
    "fandom table, as if its canon were new (no known cast, couples or families).",
)
def eval_cmd(
    paths: tuple[Path, ...],
    match: tuple[str, ...],
    split: str | None,
    show_errors: bool,
    as_json: bool,
    unseen_canon: bool,
) -> None:
    """Score the pipeline against gold files: per-field precision/recall/F1 and accuracy
    for pov, tense, rating, narrator and speakers, micro-averaged over the stories.

    PATHS are folders of *.gold.json files or gold files; a LitBank folder (with
    quotations/ and coref/) is recognised and scored for quotes, speakers and person names.

    \b
    Example:
      ficshelf eval examples/corpus --match '*/0*' --match '*/1[0-5]-*'
      ficshelf eval examples/corpus --match '*/3[1-9]-*' --match '*/40-*'
      ficshelf eval examples/corpus --split tuning --errors
      ficshelf eval examples/corpus --split tuning --unseen-canon
      ficshelf eval ../shared/data/litbank --split test --json
    """
    from ficshelf.evaluation import litbank, litbank_scoring, report
    from ficshelf.evaluation.corpus import analyze_file, evaluate
    from ficshelf.evaluation.gold import (
        HELD_OUT_STORIES,
        TUNING_STORIES,
        find_gold_files,
        load_gold,
        matches_any,
    )
    from ficshelf.evaluation.unseen_canon import unseen_canon_analyzer

    corpus_splits = {"tuning": TUNING_STORIES, "held-out": HELD_OUT_STORIES}
    if len(paths) == 1 and litbank.is_litbank(paths[0]):
        if split in corpus_splits:
            raise ConfigError(f"--split {split} is a split of the sample corpus, not of LitBank")
        if unseen_canon:
            raise ConfigError("--unseen-canon is for gold folders: LitBank has no fandoms")
        splits = (split,) if split else ("dev", "test")
        results = {name: litbank_scoring.evaluate_litbank(paths[0], name) for name in splits}
        if as_json:
            payload = {name: r.to_dict() for name, r in results.items()}
            click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for name, result in results.items():
            for line in report.litbank_lines(f"LitBank {name}", result, show_errors):
                click.echo(line)
        return
    if split is not None and split not in corpus_splits:
        raise ConfigError(f"--split {split} is for LitBank: gold folders take tuning or held-out")
    gold_files = find_gold_files(paths, match)
    if split is not None:
        gold_files = [path for path in gold_files if matches_any(path, corpus_splits[split])]
    if not gold_files:
        raise ConfigError(_no_gold_files(paths, match, split))
    if unseen_canon:
        scores = evaluate(
            gold_files, unseen_canon_analyzer(map(load_gold, gold_files), analyze_file)
        )
    else:
        scores = evaluate(gold_files)
    if as_json:
        click.echo(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in report.corpus_lines("Gold corpus", scores, show_errors):
            click.echo(line)


def _no_gold_files(paths: tuple[Path, ...], match: tuple[str, ...], split: str | None) -> str:
    """Say which folders and files were searched, and with which patterns and split."""
    message = "no gold files (*.gold.json) found in " + ", ".join(str(p) for p in paths)
    if match:
        message += " matching " + " or ".join(repr(pattern) for pattern in match)
    if split:
        message += f" in the {split} split"
    return message
