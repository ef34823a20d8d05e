"""Readers: every format, folders, and the files they must skip or repair."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import docx
import pytest

from briefer.errors import InputError
from briefer.read import MAX_FILE_BYTES, read_paths

from .conftest import SEED, SEEDS, corpus_day


def test_seed_format_gives_date_title_and_paragraphs():
    (article,) = read_paths([SEED]).articles
    assert article.id == "000_7f42ce255e97d871"
    assert article.date == dt.date(2019, 6, 28)
    assert article.title == "US Eyes ‘Constructive’ Talks With North Korea"
    assert len(article.paragraphs) == 12
    assert article.paragraphs[-1] == "The United States only wants North Korea to denuclearise."


def test_folder_is_read_recursively_and_hidden_files_are_skipped(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Short title\nBody sentence one. Two.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden\nShould not be read.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "b.txt").write_text("No\nNo.\n")
    reading = read_paths([tmp_path])
    assert [a.title for a in reading.articles] == ["Short title"]


def test_plain_txt_without_short_first_line_uses_file_name(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_text("This is a full sentence that ends with a period.\nAnother one.\n")
    (article,) = read_paths([path]).articles
    assert article.title == "note"
    assert len(article.paragraphs) == 2


def test_markdown_title_and_markup_stripped(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text(
        "# Seoul urges talks\n\nSouth Korea **urged** [talks](http://x) today.\n\n"
        "```\ncode();\n```\n- A listed point.\n"
    )
    (article,) = read_paths([path]).articles
    assert article.title == "Seoul urges talks"
    assert article.paragraphs == ("South Korea urged talks today.", "A listed point.")


def test_html_title_scripts_and_navigation_dropped(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks resume</title><script>alert(1)</script>"
        "<style>p{}</style></head><body><nav>Home | World</nav>"
        "<h1>Talks resume</h1><p>Pyongyang said it &amp; Seoul met.</p>"
        "<img src='http://example.invalid/x.png'><footer>© site</footer>"
        "</body></html>"
    )
    (article,) = read_paths([path]).articles
    assert article.title == "Talks resume"
    assert article.paragraphs == ("Pyongyang said it & Seoul met.",)


def test_docx_reader(tmp_path: Path):
    document = docx.Document()
    document.add_heading("Beijing calls for calm", level=1)
    document.add_paragraph("China urged restraint on Monday.")
    document.add_paragraph("")
    document.add_paragraph("Xi told Moon that dialogue mattered.")
    path = tmp_path / "memo.docx"
    document.save(path)
    (article,) = read_paths([path]).articles
    assert article.title == "Beijing calls for calm"
    assert article.paragraphs == (
        "China urged restraint on Monday.",
        "Xi told Moon that dialogue mattered.",
    )


def test_jsonl_records_and_broken_line(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "title": "One",
                "date": "2018-05-28",
                "source": "Reuters",
                "url": "https://example.com/1",
                "text": "First.\n\nSecond.",
            }
        ),
        "{broken",
        json.dumps({"title": "No text"}),
        json.dumps({"text": "Untitled body."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    reading = read_paths([path])
    first, second = reading.articles
    assert (first.id, first.source, first.date) == ("a1", "Reuters", dt.date(2018, 5, 28))
    assert first.paragraphs == ("First.", "Second.")
    assert second.id == "feed-4"
    messages = [str(n) for n in reading.notices]
    assert any("feed.jsonl:2" in m and "broken JSON" in m for m in messages)
    assert any("feed.jsonl:3" in m and "no 'text'" in m for m in messages)


def test_json_list(tmp_path: Path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": "A."}, {"text": "B.", "id": "b"}]))
    assert [a.id for a in read_paths([path]).articles] == ["two-1", "b"]


def test_bom_crlf_and_cp1252(tmp_path: Path):
    (tmp_path / "bom.txt").write_bytes(
        "\ufeffTitle here\r\nBody one.\r\nBody two.\r\n".encode("utf-8")
    )
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks\nThe envoy\x92s visit.\n".encode("latin-1"))
    reading = read_paths([tmp_path])
    bom, latin = sorted(reading.articles, key=lambda a: a.id)
    assert bom.title == "Title here" and bom.paragraphs == ("Body one.", "Body two.")
    assert latin.title == "Café talks" and latin.paragraphs == ("The envoy’s visit.",)
    assert any("Windows-1252" in n.message for n in reading.notices)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n\t\n", "empty"),
        ("binary.txt", b"\x00\x01\x02binary", "binary"),
        ("paper.pdf", b"%PDF-1.4", "unsupported"),
        ("broken.docx", b"not a zip at all", "not a zip"),
    ],
)
def test_bad_files_are_skipped_with_reason(tmp_path: Path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Good title\nSeoul said it would talk.\n")
    reading = read_paths([tmp_path])
    assert [a.id for a in reading.articles] == ["good"]
    (notice,) = reading.notices
    assert notice.skipped and name in notice.path and reason in notice.message


def test_docx_missing_document_part(tmp_path: Path):
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    (notice,) = read_paths([path]).notices
    assert "no word/document.xml" in notice.message


def test_oversized_file_is_skipped(tmp_path: Path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (notice,) = read_paths([path]).notices
    assert notice.skipped and "limit" in notice.message


def test_missing_path_raises_input_error(tmp_path: Path):
    with pytest.raises(InputError) as error:
        read_paths([tmp_path / "nope"])
    assert "nope" in str(error.value)


def test_ids_are_unique_across_folders(tmp_path: Path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("Title\nText here.\n")
    ids = [a.id for a in read_paths([tmp_path]).articles]
    assert ids == ["same", "same-2"]


def test_seeds_folder_reads_the_bundled_seed():
    assert [a.id for a in read_paths([SEEDS]).articles] == ["000_7f42ce255e97d871"]


def test_docx_entities_are_not_expanded(tmp_path: Path):
    """An XXE payload in word/document.xml must not pull in a local file."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    source = tmp_path / "clean.docx"
    document = docx.Document()
    document.add_paragraph("Placeholder paragraph.")
    document.save(source)
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(evil, "w") as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                declaration = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                text = text.replace("?>", "?>" + declaration, 1)
                text = text.replace("Placeholder paragraph.", "Leak: &xxe;")
                data = text.encode("utf-8")
            target.writestr(item, data)
    reading = read_paths([evil])
    texts = " ".join(p for a in reading.articles for p in a.paragraphs)
    assert "TOP-SECRET-CONTENT" not in texts


def test_readers_never_open_a_socket(tmp_path: Path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "page.html").write_text(
        '<html><head><link rel="stylesheet" href="http://example.invalid/x.css">'
        '<script src="http://example.invalid/x.js"></script></head><body>'
        '<img src="http://example.invalid/a.png"><p>Seoul said talks would resume.</p>'
        '<iframe src="http://example.invalid/"></iframe></body></html>'
    )
    (article,) = read_paths([tmp_path]).articles
    assert article.paragraphs == ("Seoul said talks would resume.",)


def test_oversized_docx_is_skipped(tmp_path: Path):
    path = tmp_path / "huge.docx"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    (notice,) = read_paths([path]).notices
    assert notice.skipped and "limit" in notice.message


def test_the_hills_link_cards_are_cut_out_of_the_text(tmp_path: Path):
    # The Hill, 11 March 2018: each senator's name is followed by a card of headlines
    articles = read_paths([corpus_day(tmp_path, "2018-03-11")]).articles
    (hill,) = [a for a in articles if "thehill.com" in a.url]
    text = "\n".join(hill.paragraphs)
    assert "CIA Director Mike Pompeo described the United States as being" in text
    assert "Sen. Jeff Flake (R-Ariz.) told NBC’s “Meet the Press.”" in text
    assert " MORE " not in text and "PompeoProtests" not in text


def test_two_link_cards_in_one_sentence_are_both_cut():
    from briefer.cards import strip_link_cards

    # The Hill, 1 March 2019, as it reached the corpus
    paragraph = (
        "Kellyanne Conway Kellyanne Elizabeth ConwayOvernight Health Care: Trump officials "
        "making changes to drug pricing proposal | House panel advances flavored e-cig ban "
        "George Conway: 'If Barack Obama had done this' Republicans would be 'out for blood' "
        "MORE on Friday said President Trump Donald John TrumpGOP senators balk at lengthy "
        "impeachment trial 2020 Democrats make play for veterans' votes MORE agrees with the "
        "parents of Otto Warmbier."
    )
    assert strip_link_cards(paragraph) == (
        "Kellyanne Conway on Friday said President Trump agrees with the parents of Otto Warmbier."
    )
    # a capitalized 'MORE' in prose, with no fused name before it, stays
    prose = "Trump said Pompeo would ask for MORE time; Pompeo did not."
    assert strip_link_cards(prose) == prose
