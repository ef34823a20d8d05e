"""Article-derived strings are data in every output; template mistakes are caught at load."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from briefer.cli import run
from briefer.errors import ExitCode
from briefer.models import MemoFields
from briefer.pipeline import BriefRequest, make_brief
from briefer.render.docx import render_docx
from briefer.render.terminal import brief_view

from .conftest import SEED, SEEDS

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_BODY = SEED_TEXT.split("\n", 2)[2]
FIRST = SEED_BODY.strip().split("\n")[0]
TEMPLATE = 'topic = "Korea"\n[[actors]]\nkey = "us"\nname = "United States"\naliases = ["US"]\n'


def brief(args, capsys):
    err = io.StringIO()
    code = run([str(a) for a in args], err)
    captured = capsys.readouterr()
    return code, captured.out, captured.err + err.getvalue()


def hostile_feed(folder: Path, **fields: str) -> Path:
    """The seed article as a JSON record with hostile fields; ``inject`` goes inside its lead
    sentence, which the brief always selects."""
    inject = fields.pop("inject", "")
    body = SEED_BODY.replace("A US special envoy", f"A US{inject} special envoy", 1)
    path = folder / "feed.jsonl"
    path.write_text(json.dumps({"text": body, **fields}) + "\n")
    return path


def no_pipeline(monkeypatch) -> None:

    def never(*args, **kwargs):
        raise AssertionError("the pipeline ran before the template was checked")

    monkeypatch.setattr("briefer.pipeline.make_brief", never)


def test_terminal_gets_no_escape_sequences_even_piped(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    hostile_feed(
        tmp_path,
        title="Talks\x1b[2J\x1b]0;pwned\x07 resume",
        source="\x1b]8;;https://evil.example\x1b\\AP\x1b]8;;\x1b\\",
        inject=" \x1b[31mRED\x1b[0m \x9b2J",
    )
    code, out, err = brief([tmp_path], capsys)
    assert code == 0, err
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "RED" in out and "Talks[2J]0;pwned resume" in " ".join(out.split())


def test_markup_in_titles_and_outlets_is_shown_not_obeyed(tmp_path: Path, korea):
    hostile_feed(
        tmp_path, title="[link=https://evil.example]Click here[/link] [bold]now", source="[/AP]"
    )
    result = make_brief(BriefRequest((str(tmp_path),)), korea)
    out = io.StringIO()
    Console(file=out, width=120, force_terminal=True, color_system="truecolor").print(
        brief_view(result.brief)
    )
    text = out.getvalue()
    assert "\x1b]8;" not in text  # no live hyperlink
    assert "[/AP]" in text and "[link=https://evil.example]Click" in text


def test_markdown_escapes_html_and_neutralises_links(tmp_path: Path, capsys):
    hostile_feed(
        tmp_path,
        title="<script>alert('title')</script>",
        source="<b onmouseover=alert(1)>Wire</b>",
        url="javascript:alert(document.cookie)",
        inject=" <img src=x onerror=alert(1)> [details](javascript:alert(2)) <javascript:alert(3)>",
    )
    code, out, err = brief([tmp_path, "--format", "markdown"], capsys)
    assert code == 0, err
    html = MarkdownIt().render(out)  # commonmark with raw HTML on, as many renderers have
    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "javascript:" not in " ".join(
        part for part in html.split('"') if part.startswith("javascript:")
    )
    assert 'href="javascript' not in html.lower()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown as text, not dropped


def test_markdown_links_web_urls_only(tmp_path: Path, capsys):
    hostile_feed(tmp_path, url="https://example.com/story?id=1")
    code, out, _ = brief([tmp_path, "--format", "markdown"], capsys)
    assert code == 0 and "<https://example.com/story?id=1>" in out
    html = MarkdownIt().render(out)
    assert 'href="https://example.com/story?id=1"' in html


def test_docx_with_control_characters_in_text_title_and_subject(tmp_path: Path, capsys):
    hostile_feed(tmp_path, title="Talks\x0b\x01 resume", inject=" \x1b[2J\x00top\x0c")
    target = tmp_path / "memo.docx"
    code, _, err = brief(
        [tmp_path / "feed.jsonl", "--format", "docx", "-o", target, "--subject", "Talks\x07\x1b"],
        capsys,
    )
    assert code == 0, err
    document = docx.Document(str(target))
    texts = [p.text for p in document.paragraphs]
    assert any(t.endswith("Talks") and t.startswith("SUBJECT:") for t in texts)
    assert any("A US [2Jtop special envoy has said" in t for t in texts), texts


def test_docx_renderer_cleans_strings_it_did_not_read(tmp_path: Path, korea):
    """Library callers can hand the renderer anything; it must not raise on non-XML."""
    shutil.copy(SEED, tmp_path)
    memo = MemoFields(subject="\x1b[1mBold\x1b[0m", to="\ud800desk", classification="U\x00")
    result = make_brief(BriefRequest((str(tmp_path),), memo=memo), korea)
    out = tmp_path / "m.docx"
    render_docx(result.brief, str(out))
    document = docx.Document(str(out))
    assert document.core_properties.subject == "[1mBold[0m"


def test_json_input_with_invalid_unicode(tmp_path: Path, capsys):
    (tmp_path / "feed.json").write_text(
        '{"title": "Bad \\ud800 title", "source": "\\udfff", "text": '
        + json.dumps(SEED_BODY)[:-1]
        + ' \\ud83d"}'
    )
    for fmt in ("terminal", "markdown", "json"):
        code, out, err = brief([tmp_path, "--format", fmt], capsys)
        assert code == 0 and "Traceback" not in err, err
        assert "Bad \ufffd title" in out


@pytest.mark.parametrize(
    "actor, fragment",
    [
        ('color = "notacolour"\n', "'actors[0].color' = 'notacolour' is not a colour"),
        ('color = "[red]"\n', "is not a colour"),
        ('name = "[/AP]"\n', "looks like terminal markup"),
        ('name = "[link=https://evil.example]US[/link]"\n', "looks like terminal markup"),
    ],
)
def test_bad_colour_or_markup_in_actor_is_a_template_error_at_load(
    tmp_path: Path, capsys, monkeypatch, actor: str, fragment: str
):
    no_pipeline(monkeypatch)
    template = tmp_path / "bad.toml"
    template.write_text(TEMPLATE.replace('name = "United States"\n', "") + actor)
    code, _, err = brief([SEEDS, "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and fragment in err and "bad.toml" in err, err
    assert len(err.strip().splitlines()) == 1


def test_control_characters_in_a_template_are_a_template_error(tmp_path: Path, capsys):
    template = tmp_path / "esc.toml"
    template.write_text(TEMPLATE.replace('"Korea"', '"Korea\\u001b[2J"'))
    code, _, err = brief([SEEDS, "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "'topic' contains control characters" in err


def test_a_template_that_is_not_utf8(tmp_path: Path, capsys):
    template = tmp_path / "latin.toml"
    template.write_bytes(TEMPLATE.replace("Korea", "Cor\xe9e").encode("latin-1"))
    code, _, err = brief([SEEDS, "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "latin.toml: not UTF-8 (line 1" in err
    assert "Traceback" not in err


def test_a_folder_named_like_a_template_does_not_hide_it(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "korea").mkdir()
    shutil.copy(SEED, tmp_path / "korea")
    code, out, err = brief(["korea/", "--format", "json"], capsys)
    assert code == 0, err
    assert json.loads(out)["template"] == "korea"
    (tmp_path / "mine.toml").write_text(TEMPLATE)
    code, out, err = brief(["korea/", "--format", "json", "--template", "./mine.toml"], capsys)
    assert code == 0 and json.loads(out)["template"] == "mine"


def test_an_invalid_template_name_is_refused(tmp_path: Path, capsys):
    template = tmp_path / "evil.toml"
    template.write_text('name = "../../x"\n' + TEMPLATE)
    code, _, err = brief([SEEDS, "--format", "json", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "evil.toml:1: field 'name' = '../../x'" in err


def test_a_missing_reference_docx_is_reported_before_the_run(tmp_path: Path, capsys, monkeypatch):
    no_pipeline(monkeypatch)
    template = tmp_path / "ref.toml"
    template.write_text(TEMPLATE + '[memo]\nreference_docx = "styles.docx"\n')
    code, _, err = brief([SEEDS, "--format", "docx", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "ref.toml:7" in err and "no such file" in err, err


def test_a_reference_docx_bomb_is_refused(tmp_path: Path, capsys, monkeypatch):
    no_pipeline(monkeypatch)
    styles = tmp_path / "styles.docx"
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(styles, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename), zipfile.ZIP_DEFLATED)
        target.writestr("word/media/pad.bin", b"\0" * (101 * 2**20), zipfile.ZIP_DEFLATED)
    template = tmp_path / "ref.toml"
    template.write_text(TEMPLATE + '[memo]\nreference_docx = "styles.docx"\n')
    code, _, err = brief([SEEDS, "--format", "docx", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "unpacks to over 100 MiB" in err, err


def test_a_template_nested_too_deeply(tmp_path: Path, capsys):
    template = tmp_path / "deep.toml"
    template.write_text(TEMPLATE + "a = " + "[" * 5000 + "1" + "]" * 5000 + "\n")
    code, _, err = brief([SEEDS, "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "deep.toml: TOML nested too deeply" in err


def test_a_reference_docx_that_is_a_fifo_does_not_hang(tmp_path: Path, capsys):
    import os

    os.mkfifo(tmp_path / "styles.docx")
    template = tmp_path / "ref.toml"
    template.write_text(TEMPLATE + '[memo]\nreference_docx = "styles.docx"\n')
    code, _, err = brief([SEEDS, "--format", "docx", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "is not a file" in err, err


def test_a_damaged_reference_docx_is_a_template_error(tmp_path: Path, capsys):
    from .test_read_hostile import corrupt_docx

    corrupt_docx(tmp_path / "styles.docx")
    template = tmp_path / "ref.toml"
    template.write_text(TEMPLATE + '[memo]\nreference_docx = "styles.docx"\n')
    code, _, err = brief([SEEDS, "--format", "docx", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "is not a usable .docx" in err, err
    assert len(err.strip().splitlines()) == 1


def test_file_names_with_control_characters_are_shown_escaped(tmp_path: Path, capsys):
    shutil.copy(SEED, tmp_path)
    (tmp_path / "scan\x1b]0;pwned\x07.pdf").write_bytes(b"%PDF")
    code, _, err = brief([tmp_path, "--format", "json"], capsys)
    assert code == 0 and "\x1b" not in err and "\x07" not in err
    assert "scan\\x1b]0;pwned\\x07.pdf: unsupported file type" in err


def test_an_outlet_name_cannot_close_a_citation_into_a_link(tmp_path: Path, capsys):
    """Citations name outlets ('[1 Vox]'): the outlet is data inside the brackets."""
    hostile_feed(tmp_path, source="AP](javascript:alert(1))[x")
    code, out, err = brief([tmp_path, "--format", "markdown"], capsys)
    assert code == 0, err
    html = MarkdownIt().render(out)
    assert "<a " not in html and "AP](javascript:alert(1))[x" in html
