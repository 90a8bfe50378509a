"""``ficshelf series``: a person's edits of a work's series (``series_edits``)."""

from __future__ import annotations

import click

from ficshelf.cli_database import db_option, open_existing


@click.command("series")
@click.argument("work")
@click.argument("name", required=False)
@click.option("--part", type=click.IntRange(min=1), help="The work's part number in the series.")
@click.option("--url", metavar="URL", help="The series' AO3 page (…/series/N).")
@click.option("--none", "none", is_flag=True, help="Take the work out of any series.")
@click.option("--from-file", is_flag=True, help="Hand the work back to its file's series.")
@click.option(
    "--of", "parts_expected", type=click.IntRange(min=1), help="How many parts the series has."
)
@click.option(
    "--complete/--in-progress",
    "complete",
    default=None,
    help="Whether the series is complete.",
)
@db_option
def series_cmd(
    work: str,
    name: str | None,
    part: int | None,
    url: str | None,
    none: bool,
    from_file: bool,
    parts_expected: int | None,
    complete: bool | None,
    db_url: str | None,
) -> None:
    """Show or set a work's series, as a person's edit: WORK is its id or (part of) its
    title, as `show` takes it; NAME puts it in the series of that name that one of its
    authors has works in (another author's series of the same name is another series),
    or in a new one; --url names the series by its AO3 page instead. --part alone
    renumbers it in its series. A person's placing, --none included, survives re-import
    and re-analysis until --from-file hands the work back to its file. --of and
    --complete/--in-progress record what you know of the whole series. With no option
    it prints where the work is.

    \b
    Example:
      ficshelf series 12 "Letters from Derbyshire" --part 2
      ficshelf series 12 --url https://archiveofourown.org/series/2718834 --part 2
      ficshelf series 12 --of 4 --in-progress
      ficshelf series "The Last Letter" --none
      ficshelf series 12 --from-file
    """
    from ficshelf.series_edits import edit_work_series

    db = open_existing(db_url)
    try:
        with db.begin() as conn:
            done = edit_work_series(
                conn,
                work,
                name=name,
                part=part,
                url=url,
                none=none,
                from_file=from_file,
                parts_expected=parts_expected,
                complete=complete,
            )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        db.close()
    asked = name or url or part or none or from_file or parts_expected or complete is not None
    place = done.describe() if asked else done.after.describe()
    click.echo(f"work {done.work_id} ({done.title}): {place}")
