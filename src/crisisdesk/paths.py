"""Where CrisisDesk's bundled knowledge files live."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_file(*parts: str) -> Path:
    """Path of a bundled data file, e.g. ``data_file("junk", "en.yaml")``."""
    return DATA_DIR.joinpath(*parts)
