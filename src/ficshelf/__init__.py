"""ficshelf: a self-hosted fan-fiction archive that reads its own stories."""

__version__ = "0.1.0"
