"""Generate a large corpus of distinct works by varying the sample stories.

Each generated work is a sample story (plain text or AO3 HTML) whose story paragraphs are
reshuffled with a per-work seed and which carries its own number in the title, so every work
has distinct content (no two are duplicates) while keeping the shape of real fan fiction:
front matter, chapters, dialogue. EPUB samples are not varied (they are binary).

Usage: python benchmarks/generate_corpus.py OUT_DIR [--count 10000] [--corpus examples/corpus]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USERSTUFF = re.compile(r'(<div class="userstuff[^"]*">)(.*?)(</div>)', re.DOTALL)
HTML_PARA = re.compile(r"<p>.*?</p>", re.DOTALL)


def _load_samples(corpus: Path) -> list[tuple[str, str]]:
    samples = []
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".txt":
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "utf-16", "cp1252"):
                try:
                    samples.append(("txt", raw.decode(encoding)))
                    break
                except UnicodeDecodeError:
                    continue
        elif path.suffix == ".html":
            samples.append(("html", path.read_text(encoding="utf-8")))
    if not samples:
        raise SystemExit(f"no .txt or .html samples in {corpus}")
    return samples


def vary_text(text: str, number: int, rng: random.Random) -> str:
    """Return a plain-text story with its later paragraphs shuffled and a numbered title."""
    paras = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    head, body = paras[:3], paras[3:]
    window = max(2, len(body) // 4)
    for i in range(0, len(body), window):
        chunk = body[i : i + window]
        rng.shuffle(chunk)
        body[i : i + window] = chunk
    head[0] = f"{head[0].strip()} ({number})"
    return "\n\n".join(head + body) + "\n"


def vary_html(page: str, number: int, rng: random.Random) -> str:
    """Return an AO3-style page with paragraphs shuffled inside each chapter body and the
    work number added to its title."""

    def shuffle(match: re.Match[str]) -> str:
        paras = HTML_PARA.findall(match.group(2))
        rng.shuffle(paras)
        return match.group(1) + "\n".join(paras) + match.group(3)

    page = USERSTUFF.sub(shuffle, page)
    return re.sub(r"<h1>(.*?)</h1>", rf"<h1>\1 ({number})</h1>", page, count=1)


def generate(out: Path, count: int, corpus: Path) -> int:
    """Write ``count`` varied works into ``out`` (100 per sub-folder); return bytes written."""
    samples = _load_samples(corpus)
    total = 0
    for number in range(count):
        kind, content = samples[number % len(samples)]
        rng = random.Random(number)
        folder = out / f"{number // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        if kind == "txt":
            data = vary_text(content, number, rng).encode("utf-8")
            path = folder / f"work-{number:07d}.txt"
        else:
            data = vary_html(content, number, rng).encode("utf-8")
            path = folder / f"work-{number:07d}.html"
        path.write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()
    size = generate(args.out, args.count, args.corpus)
    print(f"wrote {args.count} works, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
