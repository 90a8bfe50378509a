"""Walking inputs: folders, zip archives and every kind of bad input, each reported with the
file and the reason while the rest of the batch still comes through."""

from __future__ import annotations

import os
import struct
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import ficshelf.ingest.archive as archive_module
from ficshelf.errors import (
    CorruptFile,
    IngestError,
    TooLarge,
    UnsafeArchive,
    UnsupportedFormat,
)
from ficshelf.ingest import InputFile, Limits, Skipped, iter_inputs, read_document
from ficshelf.ingest.archive import ExpandedBudget, read_member

MakeZip = Callable[[str, dict[str, bytes]], Path]
MIB = 1024 * 1024
GOOD = "The kettle sang and Wren poured two cups.\n"


@dataclass
class Batch:
    """What an import would see: documents read, errors by path, skipped paths."""

    read: dict[str, str] = field(default_factory=dict)
    errors: dict[str, IngestError] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


def run_batch(paths: Iterable[str | os.PathLike[str]], limits: Limits | None = None) -> Batch:
    """List the inputs first and read them afterwards, as the importer does."""
    batch = Batch()
    for item in list(iter_inputs(paths, limits)):
        if isinstance(item, Skipped):
            batch.skipped[item.path] = item.reason
        elif isinstance(item, IngestError):
            batch.errors[item.path] = item
        else:
            assert isinstance(item, InputFile)
            try:
                batch.read[item.path] = read_document(item.path, item.read()).text
            except IngestError as exc:
                batch.errors[exc.path] = exc
    return batch


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "b" / "deep" / "c.md").write_text("Deep " + GOOD)
    (tmp_path / "b" / "a.txt").write_text("B " + GOOD)
    (tmp_path / "a.txt").write_text("A " + GOOD)
    (tmp_path / "Z.html").write_text(f"<html><body><p>{GOOD}</p></body></html>")
    (tmp_path / "cover.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "meta.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(GOOD)
    items = list(iter_inputs([tmp_path]))
    files = [i.path for i in items if isinstance(i, InputFile)]
    root = str(tmp_path)
    assert files == [
        f"{root}/Z.html",
        f"{root}/a.txt",
        f"{root}/b/a.txt",
        f"{root}/b/deep/c.md",
    ]
    skipped = {i.path: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {
        f"{root}/.hidden.txt": "hidden file or folder",
        f"{root}/cover.jpg": "not a story file (.jpg)",
        f"{root}/meta.json": "not a story file (.json)",
    }
    assert not [i for i in items if isinstance(i, IngestError)]
    assert list(iter_inputs([tmp_path])) == items  # deterministic


def test_a_file_of_another_format_named_explicitly_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text("{}")
    [item] = iter_inputs([path])
    assert isinstance(item, UnsupportedFormat)
    assert item.path == str(path)
    assert "not a story format ficshelf reads (.json)" in item.reason


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    [item] = iter_inputs([tmp_path / "nope.txt"])
    assert isinstance(item, IngestError)
    assert str(item) == f"{tmp_path}/nope.txt: no such file or folder"


def test_zip_members_are_read_with_display_paths(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip(
        "shelf.zip",
        {
            "stories/b.txt": b"Second " + GOOD.encode(),
            "stories/a.txt": b"First " + GOOD.encode(),
            "stories/": b"",
            "__MACOSX/stories/._a.txt": b"\x00\x05\x16\x07 AppleDouble",
            "cover.png": b"\x89PNG",
            "inner.zip": b"PK\x05\x06" + bytes(18),
        },
    )
    batch = run_batch([path])
    assert batch.read == {
        f"{path}!stories/a.txt": "First " + GOOD,
        f"{path}!stories/b.txt": "Second " + GOOD,
    }
    assert batch.skipped == {
        f"{path}!__MACOSX/stories/._a.txt": "hidden or system file",
        f"{path}!cover.png": "not a story file (.png)",
        f"{path}!inner.zip": "archive inside an archive (not opened)",
    }
    assert not batch.errors


def test_zip_inside_a_folder_is_opened(tmp_path: Path, make_zip: MakeZip) -> None:
    sub = tmp_path / "downloads"
    sub.mkdir()
    zipped = make_zip("x.zip", {"one.txt": GOOD.encode()})
    zipped.rename(sub / "x.zip")
    batch = run_batch([sub])
    assert batch.read == {f"{sub}/x.zip!one.txt": GOOD}


@pytest.mark.parametrize(
    "name", ["../escape.txt", "/etc/evil.txt", "C:\\Windows\\evil.txt", "ok/../../up.txt"]
)
def test_path_traversal_members_are_refused(tmp_path: Path, make_zip: MakeZip, name: str) -> None:
    path = make_zip("trap.zip", {name: b"gotcha", "fine.txt": GOOD.encode()})
    batch = run_batch([path])
    member = f"{path}!{name}"
    assert isinstance(batch.errors[member], UnsafeArchive)
    assert batch.errors[member].reason == (
        "its name would escape the archive's folder (path traversal)"
    )
    assert batch.read == {f"{path}!fine.txt": GOOD}  # the rest of the archive comes through


def test_zip_bomb_member_is_refused_from_its_header(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip("bomb.zip", {"zeros.txt": bytes(50 * MIB), "fine.txt": GOOD.encode()})
    assert path.stat().st_size < MIB
    batch = run_batch([path])
    error = batch.errors[f"{path}!zeros.txt"]
    assert isinstance(error, UnsafeArchive)
    assert "times its compressed size (limit 200): a zip bomb" in error.reason
    assert batch.read == {f"{path}!fine.txt": GOOD}


def _forge_sizes(path: Path, member: str, size: int) -> None:
    """Make a member's local and central headers claim ``size`` bytes uncompressed."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header
    offset = data.find(b"PK\x01\x02")  # central directory entries
    while offset >= 0:
        name_len = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46 : offset + 46 + name_len] == member.encode():
            struct.pack_into("<I", data, offset + 24, size)
            break
        offset = data.find(b"PK\x01\x02", offset + 4)
    assert offset >= 0
    path.write_bytes(bytes(data))


def test_bomb_with_a_lying_header_is_refused_while_decompressing(
    tmp_path: Path, make_zip: MakeZip
) -> None:
    path = make_zip("liar.zip", {"zeros.txt": bytes(30 * MIB), "fine.txt": GOOD.encode()})
    _forge_sizes(path, "zeros.txt", 1000)  # the header now claims a harmless kilobyte
    tracemalloc.start()
    try:
        batch = run_batch([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = batch.errors[f"{path}!zeros.txt"]
    assert isinstance(error, CorruptFile | UnsafeArchive)
    assert peak < 5 * MIB  # never expanded the 30 MB
    assert batch.read == {f"{path}!fine.txt": GOOD}


def test_archive_over_the_expanded_limit_is_refused(tmp_path: Path, make_zip: MakeZip) -> None:
    members = {f"part{i}.txt": (f"{i} " + GOOD * 5000).encode() for i in range(4)}
    path = make_zip("many.zip", members)
    limits = Limits(max_archive_bytes=500_000)
    [error] = list(iter_inputs([path], limits))
    assert isinstance(error, TooLarge)
    assert error.path == str(path)
    assert "the archive expands to 820.3 KB, over the 488.3 KB limit" in error.reason
    assert "--max-expanded" in error.reason


def test_expanded_total_is_also_counted_while_reading(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip("sum.zip", {"part.txt": (GOOD * 2000).encode()})
    limits = Limits()
    # As if earlier members of the same archive had already expanded to nearly the limit.
    budget = ExpandedBudget(expanded=limits.max_archive_bytes - 10)
    with zipfile.ZipFile(path) as archive, pytest.raises(TooLarge) as caught:
        read_member(archive, archive.getinfo("part.txt"), "sum.zip!part.txt", limits, budget)
    assert caught.value.path == "sum.zip!part.txt"
    assert "the archive expands to 200.1 MB, over the 200 MB limit" in caught.value.reason


def test_too_many_members_is_refused(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip("crowd.zip", {f"{i}.txt": b"x" for i in range(12)})
    [error] = list(iter_inputs([path], Limits(max_members=10)))
    assert isinstance(error, UnsafeArchive)
    assert error.reason == "it lists 12 entries, over the limit of 10"


def test_truncated_zip_is_corrupt_and_the_batch_goes_on(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip("cut.zip", {"a.txt": GOOD.encode() * 100, "b.txt": GOOD.encode() * 100})
    path.write_bytes(path.read_bytes()[:300])
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    batch = run_batch([path, good])
    error = batch.errors[str(path)]
    assert isinstance(error, CorruptFile)
    assert error.reason.startswith("not a readable zip archive: truncated or damaged")
    assert batch.read == {str(good): GOOD}


def test_zip_with_damaged_member_data_names_the_member(tmp_path: Path, make_zip: MakeZip) -> None:
    path = make_zip("scratched.zip", {"a.txt": (GOOD * 500).encode(), "b.txt": GOOD.encode()})
    data = bytearray(path.read_bytes())
    data[60:100] = b"\x00" * 40  # inside a.txt's deflated stream
    path.write_bytes(bytes(data))
    batch = run_batch([path])
    error = batch.errors[f"{path}!a.txt"]
    assert isinstance(error, CorruptFile)
    assert "the archive is truncated or damaged" in error.reason
    assert batch.read == {f"{path}!b.txt": GOOD}


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "long.txt"
    big.write_text(GOOD * 100)
    [error] = list(iter_inputs([big], Limits(max_file_bytes=1024)))
    assert isinstance(error, TooLarge)
    assert str(error) == f"{big}: 4.1 KB is over the 1 KB limit; raise it with --max-size"


def test_file_that_grows_after_listing_is_still_capped(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_text(GOOD)
    [item] = list(iter_inputs([path], Limits(max_file_bytes=1024)))
    assert isinstance(item, InputFile)
    path.write_text(GOOD * 100)
    with pytest.raises(TooLarge, match="growing.txt: it is over the 1 KB limit"):
        item.read()


@pytest.mark.slow
def test_real_50_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(55_000_000)  # sparse: no disk, no time
    tracemalloc.start()
    try:
        items = list(iter_inputs([huge]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    [error] = items
    assert isinstance(error, TooLarge)
    assert error.reason == "52.5 MB is over the 20 MB limit; raise it with --max-size"
    assert peak < MIB


def test_dangling_symlinks_are_errors_naming_them(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "ok.txt").write_text(GOOD)
    batch = run_batch([folder, folder / "gone.txt"])
    expected = f"broken symbolic link (to {tmp_path}/deleted.txt)"
    assert batch.errors[f"{folder}/gone.txt"].reason == expected
    assert batch.read == {f"{folder}/ok.txt": GOOD}


def test_unreadable_file_is_an_error_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    fine = tmp_path / "fine.txt"
    fine.write_text(GOOD)
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(archive_module, "open", guarded_open, raising=False)
    batch = run_batch([tmp_path])
    assert batch.errors[str(locked)].reason == "permission denied"
    assert type(batch.errors[str(locked)]) is IngestError
    assert batch.read == {str(fine): GOOD}


def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    fd = os.open(folder + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, GOOD.encode())
    os.close(fd)
    [item] = list(iter_inputs([tmp_path]))
    assert isinstance(item, InputFile)
    assert item.path == f"{tmp_path}/caf\\xe9.txt"
    item.path.encode("utf-8")  # valid text, storable anywhere
    assert read_document(item.path, item.read()).text == GOOD


def test_every_bad_input_in_one_batch(tmp_path: Path, make_zip: MakeZip) -> None:
    """One import of good and bad files: each bad one is named with its reason."""
    (tmp_path / "01-good.txt").write_text(GOOD)
    (tmp_path / "02-empty.txt").write_bytes(b"")
    (tmp_path / "03-binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "04-truncated.epub").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + bytes(40))
    make_zip("05-trap.zip", {"../x.txt": b"no", "in.txt": GOOD.encode()})
    (tmp_path / "06-big.txt").write_text(GOOD * 1000)
    (tmp_path / "07-page.html").write_text(f"<html><body><p>{GOOD}</p></body></html>")
    (tmp_path / "08-dangling.txt").symlink_to(tmp_path / "missing")
    batch = run_batch([tmp_path], Limits(max_file_bytes=10_000))
    reasons = {Path(path.split("!")[0]).name + path.partition("!")[2]: str(e.reason)
               for path, e in batch.errors.items()}  # fmt: skip
    assert reasons == {
        "02-empty.txt": "the file is empty",
        "03-binary.txt": "binary data (NUL bytes), not text",
        "04-truncated.epub": reasons["04-truncated.epub"],
        "05-trap.zip../x.txt": "its name would escape the archive's folder (path traversal)",
        "06-big.txt": "41.0 KB is over the 9.8 KB limit; raise it with --max-size",
        "08-dangling.txt": f"broken symbolic link (to {tmp_path}/missing)",
    }
    assert reasons["04-truncated.epub"].startswith("not a readable EPUB: truncated or damaged")
    assert sorted(Path(p.split("!")[0]).name for p in batch.read) == [
        "01-good.txt",
        "05-trap.zip",
        "07-page.html",
    ]


PROJECT_FILES = ("README.md", "LICENSE", "changelog.txt", "Contributing.rst", "readme.TXT")


def test_readme_and_licence_files_in_a_folder_or_zip_are_skipped_with_a_reason(
    tmp_path: Path, make_zip: MakeZip
) -> None:
    """A README beside the downloads is plainly no story (it was imported as work "README",
    its words "Audiences" and the like taken for characters); a story whose name only starts
    like one is read."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name in PROJECT_FILES:
        (folder / name).write_text("# Read me\n\nFour files AO3 produced.\n")
    (folder / "Readme for a Dragon.txt").write_text(GOOD)
    packed = make_zip("fics.zip", {f"fics/{name}": GOOD.encode() for name in PROJECT_FILES})
    items = list(iter_inputs([folder, packed]))
    read = [i.path for i in items if isinstance(i, InputFile)]
    assert read == [f"{folder}/Readme for a Dragon.txt"]
    skipped = {i.path: i.reason for i in items if isinstance(i, Skipped)}
    expected = [f"{folder}/{name}" for name in PROJECT_FILES]
    expected += [f"{packed}!fics/{name}" for name in PROJECT_FILES]
    assert sorted(skipped) == sorted(expected)
    assert set(skipped.values()) == {
        "not a story (a README, LICENSE, CHANGELOG or CONTRIBUTING file)"
    }


def test_a_readme_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(GOOD)
    [item] = iter_inputs([path])
    assert isinstance(item, InputFile)
