"""Build the given-name list the name finder uses, with the gender each name mostly has.

Source: the 1990 US Census first-name frequency files (public domain), as the ``names``
package on PyPI ships them (``pip install names==0.3.0``, in the ``dev`` extra). A name in
both the male and the female file gets the gender whose frequency is higher; one within a
factor of two of the other is marked as either (""). Only the derived list is shipped, as
``src/ficshelf/understand/given_names.txt.gz`` ("name<TAB>m|f|" per line, lower case).

Usage: python scripts/build_given_names.py
"""

from __future__ import annotations

import gzip
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ficshelf" / "understand" / "given_names.txt.gz"


def read_frequencies(name: str) -> dict[str, float]:
    """Return name -> percentage of people from one census file of the ``names`` package."""
    table: dict[str, float] = {}
    for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            table[fields[0].lower()] = float(fields[1])
    return table


def genders(male: dict[str, float], female: dict[str, float]) -> dict[str, str]:
    """Return each name's gender: "m", "f", or "" when the two files are close."""
    out: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        out[name] = "m" if m > 2 * f else "f" if f > 2 * m else ""
    return out


def main() -> int:
    table = genders(read_frequencies("dist.male.first"), read_frequencies("dist.female.first"))
    lines = "".join(f"{name}\t{g}\n" for name, g in sorted(table.items()))
    OUT.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))
    print(f"{len(table)} given names -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
