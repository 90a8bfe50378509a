"""Complete or in progress: the blurb (``WorkBlurb.finished``, its badge and "2/?") and the
status filter read a work alike, as AO3 does: what the file states, else all the expected
chapters there, else one chapter; several chapters and no known total are in progress."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ficshelf.store.browse import blurbs
from ficshelf.store.db import Database
from ficshelf.store.search import SearchRequest, Status, search
from ficshelf.store.works import save_work
from work_builders import source_for, work_record

CASES = {
    # title: (chapters, expected, complete as the file states it, finished, label)
    "Stated finished": (2, None, True, True, "2/2"),
    "Stated unfinished": (1, None, False, False, "1/?"),
    "Plain one-shot": (1, None, None, True, "1/1"),
    "Plain two chapters": (2, None, None, False, "2/?"),
    "All of five": (5, 5, None, True, "5/5"),
    "Three of five": (3, 5, None, False, "3/5"),
}


@pytest.fixture
def saved(db: Database) -> dict[str, int]:
    found = {}
    for title, (chapters, expected, complete, _, _) in CASES.items():
        text = "\n\n".join(f"{title}, part {n} of the tale." for n in range(chapters))
        work = replace(
            work_record(text, title=title), chapters_expected=expected, complete=complete
        )
        with db.begin() as conn:
            found[title] = save_work(conn, work, source_for(f"/fics/{title}.txt", text)).work_id
    return found


def test_the_blurb_and_the_status_filter_agree(db: Database, saved: dict[str, int]) -> None:
    with db.connect() as conn:
        shown = {blurb.title: blurb for blurb in blurbs(conn, list(saved.values()))}
        complete, in_progress = (
            {hit.work.title for hit in search(conn, SearchRequest(status=s)).hits.items}
            for s in (Status.COMPLETE, Status.IN_PROGRESS)
        )
    for title, (_, _, _, finished, label) in CASES.items():
        assert shown[title].finished is finished, title
        assert shown[title].chapters_label == label, title
        assert (title in complete, title in in_progress) == (finished, not finished), title
