"""Readers against hostile or careless inputs: link loops, deep trees, bombs, odd encodings.

Every hostile file is built here, from the real seed article where text is needed."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from briefer.errors import InputError
from briefer.read import read_paths

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_BODY = SEED_TEXT.split("\n", 2)[2]  # without the date line and the title


def test_self_link_reads_each_file_once(tmp_path: Path):
    folder = tmp_path / "L"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "a").symlink_to(".")
    reading = read_paths([folder])
    assert len(reading.articles) == 1
    assert any("same folder as" in n.message for n in reading.notices)


def test_two_link_loops_end(tmp_path: Path):
    """`ln -s . L/a && ln -s . L/b` used to walk L/a/b/a/b/… until memory ran out."""
    folder = tmp_path / "L"
    folder.mkdir()
    shutil.copy(SEED, folder)
    (folder / "a").symlink_to(".")
    (folder / "b").symlink_to(".")
    (folder / "up").symlink_to("..")
    assert len(read_paths([folder]).articles) == 1


def test_the_same_file_by_two_paths_is_one_source(tmp_path: Path):
    shutil.copy(SEED, tmp_path / "a.txt")
    os.link(tmp_path / "a.txt", tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(tmp_path / "a.txt")
    reading = read_paths([tmp_path, tmp_path / "a.txt"])
    assert [a.path for a in reading.articles] == [str(tmp_path / "a.txt")]
    assert sum("read once" in n.message for n in reading.notices) == 3


def test_a_very_deep_folder_tree_is_read(tmp_path: Path):
    levels = [tmp_path]
    for _ in range(1100):  # Path.mkdir(parents=True) and shutil.rmtree recurse too deep here
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    shutil.copy(SEED, levels[-1] / "seed.txt")
    try:
        (article,) = read_paths([tmp_path]).articles
        assert article.title == "US Eyes ‘Constructive’ Talks With North Korea"
    finally:
        (levels[-1] / "seed.txt").unlink()
        for level in reversed(levels[1:]):
            level.rmdir()


def test_an_empty_path_is_an_input_error(monkeypatch, tmp_path: Path):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path)
    with pytest.raises(InputError) as error:
        read_paths([""])
    assert "empty path" in str(error.value)


def test_a_fifo_named_like_an_article_is_skipped_not_opened(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    shutil.copy(SEED, tmp_path)
    reading = read_paths([tmp_path])
    assert len(reading.articles) == 1
    assert any("pipe.txt" in n.path and "not a regular file" in n.message for n in reading.notices)
    with pytest.raises(InputError, match="not a regular file"):
        read_paths([tmp_path / "pipe.txt"])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path, encoding: str):
    path = tmp_path / "wide.txt"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    path.write_bytes(bom + SEED_TEXT.encode(encoding))
    reading = read_paths([path])
    (article,) = reading.articles
    assert article.title == "US Eyes ‘Constructive’ Talks With North Korea"
    assert len(article.paragraphs) == 12 and not reading.notices


def test_a_byte_order_mark_inside_the_text_is_dropped(tmp_path: Path):
    """Two UTF-8 files joined with cat: the second file's mark is inside the text, an
    invisible character that would end up in a quoted sentence (Hypothesis found '0\ufeff')."""
    path = tmp_path / "joined.txt"
    lines = SEED_TEXT.split("\n")
    joined = "\n".join(lines[:3]) + "\n\ufeff" + "\n".join(lines[3:])
    path.write_bytes(b"\xef\xbb\xbf" + joined.encode())
    (article,) = read_paths([path]).articles
    assert not any("\ufeff" in p for p in (article.title, *article.paragraphs))
    assert len(article.paragraphs) == 12


def test_a_malformed_seed_date_is_dropped_with_a_warning(tmp_path: Path):
    for name, date in (("month.txt", "2019-13-45"), ("short.txt", "2019-6-28")):
        (tmp_path / name).write_text(f"date {date} World\n" + SEED_TEXT.split("\n", 1)[1])
    reading = read_paths([tmp_path])
    assert [a.date for a in reading.articles] == [None, None]
    assert [a.title for a in reading.articles] == [
        "US Eyes ‘Constructive’ Talks With North Korea"
    ] * 2
    warned = sorted(n.path for n in reading.notices if "not YYYY-MM-DD" in n.message)
    assert warned == [f"{tmp_path / 'month.txt'}:1", f"{tmp_path / 'short.txt'}:1"]


def test_jsonl_malformed_date_warns(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": SEED_BODY, "date": "28/06/2019"}) + "\n")
    reading = read_paths([path])
    assert reading.articles[0].date is None
    assert any("'28/06/2019' is not YYYY-MM-DD" in n.message for n in reading.notices)


def _html_paragraphs() -> str:
    return "".join(f"<p>{line}</p>" for line in SEED_BODY.split("\n") if line.strip())


def test_html_article_inside_a_form_is_kept(tmp_path: Path):
    """ASP.NET pages wrap the whole body in <form runat=server>."""
    path = tmp_path / "aspx.html"
    path.write_text(
        "<html><head><title>US Eyes Talks</title></head><body>"
        '<form method="post" action="./story.aspx"><input type="hidden" name="__VIEWSTATE">'
        f"<div id='story'>{_html_paragraphs()}</div></form></body></html>"
    )
    (article,) = read_paths([path]).articles
    assert len(article.paragraphs) == 12
    assert article.paragraphs[-1] == "The United States only wants North Korea to denuclearise."


def test_html_text_after_an_unclosed_nav_is_kept(tmp_path: Path):
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><body><div id='top'><nav><ul><li><a href='/'>Home</a></li><li>World</li></ul>"
        f"</div><article><h1>US Eyes Talks</h1>{_html_paragraphs()}</article>"
        "<footer>© site</footer></body></html>"
    )
    (article,) = read_paths([path]).articles
    assert article.title == "US Eyes Talks"
    assert len(article.paragraphs) == 12 and "Home" not in " ".join(article.paragraphs)


def test_html_nav_at_top_level_left_open(tmp_path: Path):
    path = tmp_path / "open.html"
    path.write_text(
        f"<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a>{_html_paragraphs()}"
    )
    (article,) = read_paths([path]).articles
    assert article.paragraphs[-1] == "The United States only wants North Korea to denuclearise."


def _lying_docx(path: Path, padding: int) -> None:
    """A real .docx whose document.xml inflates to ``padding`` bytes more than its zip
    entries declare (sizes patched to 1,000 in both headers)."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Seoul said talks would resume.")
    document.save(buffer)
    packed = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(packed, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * padding + b"-->", 1)
            target.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    raw = bytearray(packed.getvalue())
    declared = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("word/document.xml").file_size
    real, small = struct.pack("<I", declared), struct.pack("<I", 1000)
    assert raw.count(real) == 2  # the local header and the central directory
    path.write_bytes(bytes(raw).replace(real, small))


def test_docx_that_lies_about_its_size_is_refused_within_bounded_memory(tmp_path: Path):
    path = tmp_path / "bomb.docx"
    _lying_docx(path, 150 * 2**20)
    assert path.stat().st_size < 2**20
    tracemalloc.start()
    try:
        reading = read_paths([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (notice,) = reading.notices
    assert notice.skipped and "corrupted .docx" in notice.message and not reading.articles
    assert peak < 32 * 2**20, f"peak {peak / 2**20:.0f} MiB"


def test_docx_that_unpacks_over_the_limit_is_refused(tmp_path: Path):
    """Honest sizes, 101 MiB of parts: refused on the bytes inflated, before python-docx."""
    path = tmp_path / "big.docx"
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
        target.writestr("word/media/pad.bin", b"\0" * (101 * 2**20), zipfile.ZIP_DEFLATED)
    (notice,) = read_paths([path]).notices
    assert notice.skipped and "unpacks to over 100 MiB" in notice.message


def test_control_characters_and_lone_surrogates_become_data(tmp_path: Path):
    (tmp_path / "esc.txt").write_text(
        "Talks \x1b[2Jresume\n" + "Seoul said\x1b]8;;http://evil.example\x07 talks\x9b6n resume.\n"
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"title": "Bad \ud800 title", "text": "Seoul said talks \ud83d resume."}) + "\n"
    )
    articles = {a.id: a for a in read_paths([tmp_path]).articles}
    esc, feed = articles["esc"], articles["feed-1"]
    assert esc.title == "Talks [2Jresume"
    assert esc.paragraphs == ("Seoul said]8;;http://evil.example talks6n resume.",)
    assert feed.title == "Bad \ufffd title" and feed.paragraphs == (
        "Seoul said talks \ufffd resume.",
    )
    for article in articles.values():
        for text in (article.title, *article.paragraphs):
            text.encode("utf-8")  # no lone surrogate left to break an encoder


def test_deeply_nested_json_is_skipped_not_a_traceback(tmp_path: Path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    shutil.copy(SEED, tmp_path)
    reading = read_paths([tmp_path])
    assert len(reading.articles) == 1
    skipped = sorted(n.path for n in reading.notices if "cannot parse" in n.message)
    assert skipped == [str(tmp_path / "deep.json"), str(tmp_path / "deep.jsonl")]


def test_a_long_line_of_unclosed_emphasis_reads_in_linear_time(tmp_path: Path):
    """'*a *a *a …' never closes: an unbounded lazy regex rescanned the line from every '*'."""
    path = tmp_path / "stars.md"
    path.write_text("# Stars\n\n" + "*a " * 40_000 + "\n\n" + SEED_BODY)
    started = time.perf_counter()
    (article,) = read_paths([path]).articles
    assert time.perf_counter() - started < 2.0
    assert article.title == "Stars" and article.paragraphs[0].startswith("*a *a")


def test_hostile_html_nesting_reads_in_linear_time(tmp_path: Path):
    path = tmp_path / "nest.html"
    path.write_text(
        "<div>" * 100_000 + "</span>" * 100_000 + _html_paragraphs() + "</div>" * 100_000
    )
    started = time.perf_counter()
    (article,) = read_paths([path]).articles
    assert time.perf_counter() - started < 5.0
    assert article.paragraphs[-1] == "The United States only wants North Korea to denuclearise."


def corrupt_docx(path: Path) -> Path:
    """A .docx whose document.xml deflate stream is damaged (20 bytes flipped)."""
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Seoul said talks would resume.")
    document.save(buffer)
    packed = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(packed, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
    raw = bytearray(packed.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + 5
    raw[start : start + 20] = bytes(b ^ 0xFF for b in raw[start : start + 20])
    path.write_bytes(bytes(raw))
    return path


def test_a_docx_with_a_damaged_stream_is_skipped(tmp_path: Path):
    corrupt_docx(tmp_path / "broken.docx")
    shutil.copy(SEED, tmp_path)
    reading = read_paths([tmp_path])
    assert len(reading.articles) == 1
    (notice,) = reading.notices
    assert notice.skipped and "corrupted .docx" in notice.message


def test_an_unclosed_title_does_not_swallow_the_page(tmp_path: Path):
    path = tmp_path / "title.html"
    path.write_text(f"<html><head><title>US Eyes Talks</head><body>{_html_paragraphs()}")
    (article,) = read_paths([path]).articles
    assert article.title == "US Eyes Talks" and len(article.paragraphs) == 12
