"""Allow ``python -m ficshelf``."""

from ficshelf.cli import main

main()
