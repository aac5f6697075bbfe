"""Reading documents: file types, folders and globs, and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from crisisdesk.model import IngestError, SourceDocument
from crisisdesk.pipeline import read_sources

ARTICLE = (
    "Gunmen attacked a military post near Boulkessi in central Mali on Tuesday, killing "
    "several soldiers, the army said in a statement."
)


def read_all(*inputs: str | Path) -> tuple[list[SourceDocument], list[IngestError]]:
    docs, problems = [], []
    for item in read_sources([str(i) for i in inputs]):
        (problems if isinstance(item, IngestError) else docs).append(item)
    return docs, problems


def test_folder_is_read_recursively_with_supported_types_only(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (tmp_path / "notes.csv").write_text("x,y\n1,2\n")
    docs, problems = read_all(tmp_path)
    assert problems == []
    assert sorted(Path(d.origin).name for d in docs) == ["one.txt", "two.html"]
    assert {d.format for d in docs} == {"text", "html"}


def test_glob_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(ARTICLE)
    docs, problems = read_all(tmp_path / "*.txt", tmp_path / "nothing-here.txt", tmp_path / "*.htm")
    assert [Path(d.origin).name for d in docs] == ["x.txt"]
    messages = {Path(p.origin).name: p.message for p in problems}
    assert messages["nothing-here.txt"] == "no such file or folder"
    assert messages["*.htm"] == "no file matches this pattern"


def test_empty_binary_and_huge_files_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    with (tmp_path / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: cheap to make
    (tmp_path / "good.txt").write_text(ARTICLE)
    docs, problems = read_all(tmp_path)
    assert [Path(d.origin).name for d in docs] == ["good.txt"]
    by_file = {Path(p.origin).name: p.message for p in problems}
    assert by_file["empty.txt"] == "empty file"
    assert "binary file" in by_file["binary.txt"]
    assert "50.0 MB" in by_file["huge.txt"] and "limit" in by_file["huge.txt"]
    assert not any(p.warning for p in problems)


def test_latin1_french_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "Les casques bleus de la Minusma ont quitté la base de Tessalit, a annoncé l'armée."
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    docs, problems = read_all(tmp_path / "fr.txt")
    assert docs[0].raw == text
    assert len(problems) == 1 and problems[0].warning
    assert "not valid UTF-8" in problems[0].message


def test_jsonl_lines_metadata_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "outlet": "Sahel Wire", "published": "2023-12-30T09:00:00Z"}),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps(
            {"html": f"<html><body><p>{ARTICLE}</p></body></html>", "url": "https://x.org/a"}
        ),
        json.dumps({"text": ARTICLE, "published": "30/12/2023"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = read_all(path)
    assert len(docs) == 2
    assert docs[0].outlet == "Sahel Wire" and docs[0].published == date(2023, 12, 30)
    assert docs[0].origin.endswith("feed.jsonl:1")
    assert docs[1].format == "html" and docs[1].url == "https://x.org/a"
    messages = {p.origin.rsplit(":", 1)[1]: p.message for p in problems}
    assert messages["2"].startswith("invalid JSON")
    assert "no 'text' or 'html'" in messages["3"]
    assert "JSON object" in messages["4"]
    assert "not an ISO date" in messages["6"]


def test_defaults_fill_missing_metadata_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "outlet": "Own Outlet"}) + "\n")
    (tmp_path / "plain.txt").write_text(ARTICLE)
    defaults = {"outlet": "Default", "published": date(2024, 1, 2)}
    docs = [d for d in read_sources([str(tmp_path)], defaults) if isinstance(d, SourceDocument)]
    by_name = {Path(d.origin.split(":")[0]).name: d for d in docs}
    assert by_name["feed.jsonl"].outlet == "Own Outlet"
    assert by_name["plain.txt"].outlet == "Default"
    assert by_name["plain.txt"].published == date(2024, 1, 2)
