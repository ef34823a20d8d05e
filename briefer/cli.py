"""The ``brief`` command: the only module that parses arguments, prints and exits."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from .errors import BrieferError, ExitCode, UsageError
from .interrupt import end_at_once
from .models import MemoFields
from .options import DEFAULT_ALGORITHM, RANKER_NAMES
from .output import check_folder, check_target, default_stem, write_atomic, write_numbered
from .sanitize import visible
from .split import SEGMENTERS
from .template import bundled_templates, load_template

if TYPE_CHECKING:  # the pipeline brings numpy and scipy: imported where a brief is made
    from .diff import Snapshot
    from .pipeline import BriefRequest, BriefResult

FORMATS = ("terminal", "docx", "markdown", "json")
BASELINES = (
    "lead",
    "sumy-lexrank",
    "sumy-textrank",
    "sumy-lsa",
    "sumy-luhn",
    "sumy-sumbasic",
    "sumy-kl",
    "sumy-edmundson",
    "sumy-reduction",
)


format_option = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="terminal",
    show_default=True,
    help="Output format.",
)
force_option = click.option("--force", is_flag=True, help="Overwrite an existing -o file.")
"""Shared by the commands that write a brief (make, diff): one definition each."""

algorithm_option = click.option(
    "-a",
    "--algorithm",
    type=click.Choice(RANKER_NAMES),
    default=DEFAULT_ALGORITHM,
    show_default=True,
    help="Sentence ranker (sumy-* are sumy's own).",
)
"""Shared by the commands that rank: defined once so their choices never drift apart."""


class DefaultGroup(click.Group):
    """``brief PATH…`` runs ``brief make PATH…``; named subcommands still work."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["make", *args]
        elif not args:
            args = ["make"]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefer")
def cli() -> None:
    """Turn a folder of news articles into a briefing memo of who holds which position.

    \b
    brief seeds/                     terminal preview
    brief seeds/ --format docx       Word memo in briefs/
    brief eval DATA.jsonl --words 75 ROUGE of the ranker
    """


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2019-06-28") from None


@cli.command("make")
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option(
    "-t",
    "--template",
    default="korea",
    show_default=True,
    help="Bundled template name or path to a .toml template.",
)
@algorithm_option
@format_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout (or briefs/ for docx).",
)
@force_option
@click.option("--all-sentences", is_flag=True, help="JSON: include unselected sentences too.")
@click.option("--explain", is_flag=True, help="Show the mention and cue behind each holder.")
@click.option(
    "--per-actor",
    type=click.IntRange(1, 50),
    default=None,
    help="Positions per actor section [default: adaptive, 3.5 per actor on average and at"
    " most 6 in one section, more for the actor in the news].",
)
@click.option(
    "--bottom-line",
    type=click.IntRange(1, 10),
    default=4,
    show_default=True,
    help="Sentences in the bottom line.",
)
@click.option("--no-timeline", is_flag=True, help="Leave the timeline section out.")
@click.option(
    "--since",
    type=click.Path(dir_okay=False),
    help="An older brief's JSON: show what is new since it first.",
)
@click.option("--date", callback=_date, help="Memo date (YYYY-MM-DD); default: newest article.")
@click.option("--classification", help="Banner text (default: template, else UNCLASSIFIED).")
@click.option("--to", "to", help="Memo TO field.")
@click.option("--from", "sender", help="Memo FROM field.")
@click.option("--subject", help="Memo SUBJECT field.")
@click.option(
    "--splitter",
    type=click.Choice(sorted(SEGMENTERS)),
    default="pysbd",
    show_default=True,
    help="Sentence segmenter.",
)
@click.option("--strict", is_flag=True, help="Any skipped or repaired file is an error.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option(
    "--traceback", "--debug", "traceback", is_flag=True, help="Show the Python traceback on errors."
)
def make_command(
    paths: tuple[str, ...],
    template: str,
    algorithm: str,
    fmt: str,
    output: Path | None,
    force: bool,
    all_sentences: bool,
    explain: bool,
    per_actor: int | None,
    bottom_line: int,
    no_timeline: bool,
    since: str | None,
    date: dt.date | None,
    classification: str | None,
    to: str | None,
    sender: str | None,
    subject: str | None,
    splitter: str,
    strict: bool,
    quiet: bool,
    traceback: bool,
) -> None:
    """Read PATHS (files or folders) and show or write the brief."""
    from .options import ComposeOptions
    from .pipeline import BriefRequest
    from .render.colors import check_colors

    loaded = load_template(template)
    check_colors(loaded)
    memo = _memo(loaded.memo, classification, to, sender, subject)
    target = _target(fmt, output, force, paths)
    older = _older(since)
    request = BriefRequest(
        paths=paths,
        algorithm=algorithm,
        segmenter=splitter,
        compose=ComposeOptions(
            per_section=per_actor,
            bottom_line=bottom_line,
            timeline=None if no_timeline else ComposeOptions.timeline,
        ),
        memo=memo,
        date=date,
        strict=strict,
        attribute_set_aside=all_sentences,
    )
    result = _run(request, loaded, quiet)
    if older is not None:
        from .diff import diff_snapshots, snapshot_of

        changes = diff_snapshots(older, snapshot_of(result.brief))
        result = replace(result, brief=replace(result.brief, since=changes))
    _warn(result, quiet)
    if fmt == "docx":
        from .render.docx import render_docx

        created = _created()

        def write(stream: IO[bytes]) -> None:
            render_docx(result.brief, stream, created)

        if target is None:  # the first free name, taken atomically (concurrent runs)
            stem = default_stem(loaded.name, result.brief.date)
            target = write_numbered(Path("briefs"), stem, ".docx", write)
        else:
            write_atomic(target, write, overwrite=force)
        click.echo(visible(str(target)))
    elif fmt in ("markdown", "json"):
        from .render.text import render_json, render_markdown

        text = (
            render_markdown(result.brief, explain)
            if fmt == "markdown"
            else render_json(result.brief, all_sentences)
        )
        if target:
            data = text.encode("utf-8")
            write_atomic(target, lambda stream: stream.write(data), overwrite=force)
            if not quiet:
                click.echo(visible(str(target)), err=True)
        else:
            click.echo(text, nl=False)
    else:
        from rich.console import Console

        from .render.terminal import brief_view

        console = Console()
        console.print(brief_view(result.brief, explain))


def _memo(
    base: MemoFields,
    classification: str | None,
    to: str | None,
    sender: str | None,
    subject: str | None,
) -> MemoFields:
    values = {
        k: v
        for k, v in (
            ("classification", classification),
            ("to", to),
            ("sender", sender),
            ("subject", subject),
        )
        if v is not None
    }
    return MemoFields(**{**base.__dict__, **values})


def _target(fmt: str, output: Path | None, force: bool, paths: tuple[str, ...]) -> Path | None:
    """Check where the brief will go before the run, so that no work is wasted."""
    if output is None:
        if fmt == "docx":
            briefs = Path("briefs")
            check_folder(briefs if briefs.exists() else Path("."))
        return None
    if fmt == "terminal":
        raise UsageError("-o needs --format docx, markdown or json")
    check_target(output, force, paths)
    return output


def _run(request: BriefRequest, template: Any, quiet: bool) -> BriefResult:
    """Run the pipeline; on a terminal (and not --quiet) draw its progress on stderr."""
    from .pipeline import make_brief

    if quiet or not sys.stderr.isatty():  # nothing to draw: no rich console or progress bar
        return make_brief(request, template)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading", total=1)

        def show(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        return make_brief(request, template, show)


def _warn(result: BriefResult, quiet: bool) -> None:
    if quiet:
        return
    for notice in result.notices:
        prefix = "skipped" if notice.skipped else "warning"
        click.echo(f"brief: {prefix}: {visible(str(notice))}", err=True)


def _created() -> dt.datetime:
    """Creation stamp for the .docx; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@cli.command("diff")
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@format_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of stdout (docx: briefs/diff-<date>.docx).",
)
@force_option
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=None,
    help="Cosine at which two positions are the same stance (default: 0.3, measured: see README).",
)
@click.option("-q", "--quiet", is_flag=True, help="No messages on stderr.")
@click.option("--traceback", "--debug", "traceback", is_flag=True)
def diff_command(
    old: str,
    new: str,
    fmt: str,
    output: Path | None,
    force: bool,
    threshold: float | None,
    quiet: bool,
    traceback: bool,
) -> None:
    """What is new in NEW.json against OLD.json (two `brief -f json` outputs), per actor."""
    from .diff import SAME_STANCE, diff_snapshots, load_snapshot

    target = _target(fmt, output, force, (old, new))
    cosine = SAME_STANCE if threshold is None else threshold
    changes = diff_snapshots(load_snapshot(old), load_snapshot(new), cosine)
    if fmt == "docx":
        from .render.docx import render_diff_docx

        created = _created()

        def write(stream: IO[bytes]) -> None:
            render_diff_docx(changes, stream, created)

        if target is None:
            stem = default_stem("diff", changes.new_date)
            target = write_numbered(Path("briefs"), stem, ".docx", write)
        else:
            write_atomic(target, write, overwrite=force)
        click.echo(visible(str(target)))
    elif fmt in ("markdown", "json"):
        from .render.grid_text import diff_to_dict, render_diff_markdown

        text = (
            render_diff_markdown(changes)
            if fmt == "markdown"
            else json.dumps(diff_to_dict(changes), indent=2, sort_keys=True, ensure_ascii=False)
            + "\n"
        )
        if target:
            data = text.encode("utf-8")
            write_atomic(target, lambda stream: stream.write(data), overwrite=force)
            if not quiet:
                click.echo(visible(str(target)), err=True)
        else:
            click.echo(text, nl=False)
    else:
        from rich.console import Console

        from .render.terminal import diff_view

        title = f"Changes from {changes.old_date} to {changes.new_date}"
        Console().print(diff_view(changes, title))


def _older(since: str | None) -> Snapshot | None:
    """The --since brief, read before the run so that a bad file wastes no work."""
    if since is None:
        return None
    from .diff import load_snapshot

    return load_snapshot(since)


@cli.command("eval")
@click.argument("dataset", type=click.Path())
@click.option(
    "--words",
    type=click.IntRange(1, 10_000),
    required=True,
    help="Cut each summary at this many words.",
)
@algorithm_option
@click.option("--baselines", is_flag=True, help="Also score Lead and sumy's rankers.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N records.")
@click.option("--traceback", "--debug", "traceback", is_flag=True)
def eval_command(
    dataset: str,
    words: int,
    algorithm: str,
    baselines: bool,
    as_json: bool,
    limit: int | None,
    traceback: bool,
) -> None:
    """ROUGE-1/2/L of extractive summaries of DATASET.jsonl ({id, documents, references})."""
    from rich.console import Console
    from rich.table import Table

    from .evaluate import score_rouge
    from .summarize import summarize, summarize_plain

    names = [algorithm]
    if baselines:
        names += [n for n in BASELINES if n not in names]

    def summarizer(name: str) -> Callable[[Any, int], str]:
        if name in BASELINES:  # the reference behaviour: top-rated sentences, nothing else
            return lambda articles, words: summarize_plain(articles, words, name)
        return lambda articles, words: summarize(articles, words, name)

    results = {n: score_rouge(dataset, summarizer(n), words, limit=limit) for n in names}
    if as_json:
        payload: Any = results[algorithm] if not baselines else results
        click.echo(json.dumps(payload, indent=2, sort_keys=True))
        return
    table = Table(title=f"ROUGE F / R / P at {words} words, {results[algorithm]['n']} records")
    table.add_column("algorithm")
    for key in ("rouge1", "rouge2", "rougeL"):
        table.add_column(key, justify="right")
    for name, result in results.items():
        table.add_row(
            name,
            *(
                f"{100 * result[k]['f']:.2f} / {100 * result[k]['recall']:.2f} / "
                f"{100 * result[k]['precision']:.2f}"
                for k in ("rouge1", "rouge2", "rougeL")
            ),
        )
    Console().print(table)


@cli.command("eval-attribution")
@click.argument("gold", type=click.Path())
@click.option("-t", "--template", default="korea", show_default=True)
@click.option(
    "--baselines",
    is_flag=True,
    help="Also score 'every actor mentioned' and 'first actor mentioned'.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--errors", "show_errors", is_flag=True, help="List every disagreement.")
@click.option(
    "--ablate",
    is_flag=True,
    help="For every rule: micro-F1 (and PolNeAR speaker recall) with that rule switched off.",
)
@click.option(
    "--polnear",
    type=click.Path(),
    default=None,
    help="With --ablate: PolNeAR file whose dev split gives the speaker recall column.",
)
@click.option("--traceback", "--debug", "traceback", is_flag=True)
def eval_attribution_command(
    gold: str,
    template: str,
    baselines: bool,
    as_json: bool,
    show_errors: bool,
    ablate: bool,
    polnear: str | None,
    traceback: bool,
) -> None:
    """Precision, recall and F1 per actor and micro over (sentence, holder) pairs."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .evaluate import ATTRIBUTORS, score_attribution

    loaded = load_template(template)
    if ablate:
        _print_ablation(gold, loaded, polnear, as_json)
        return
    names = list(ATTRIBUTORS) if baselines else ["engine"]
    scores = {n: score_attribution(gold, loaded, attributor=ATTRIBUTORS[n]) for n in names}
    results = {n: score.as_dict() for n, score in scores.items()}
    if as_json:
        click.echo(
            json.dumps(results if baselines else results["engine"], indent=2, sort_keys=True)
        )
        return
    console = Console()
    for name, result in results.items():
        title = f"{name} on {gold} ({result['sentences']} sentences)"
        table = Table(title=Text(visible(title)))
        for column in ("holder", "precision", "recall", "F1", "TP", "FP", "FN"):
            table.add_column(column, justify="left" if column == "holder" else "right")
        rows = [
            *result["labels"].items(),
            ("micro", result["micro"]),
            ("micro (actors)", result["micro_actors"]),
        ]
        if name == "engine":
            rows += [(f"  {article}", s) for article, s in result["articles"].items()]
        for label, s in rows:
            table.add_row(
                label,
                f"{s['precision']:.3f}",
                f"{s['recall']:.3f}",
                f"{s['f1']:.3f}",
                str(s["tp"]),
                str(s["fp"]),
                str(s["fn"]),
            )
        console.print(table)
        console.print(f"context precision: {result['context_precision']:.3f}")
    if show_errors:
        for error in scores["engine"].errors:
            console.print(
                visible(
                    f"{error['article']} {error['index']}: gold {error['gold']} "
                    f"predicted {error['predicted']}: {error['text'][:100]}"
                ),
                markup=False,
            )


def _print_ablation(gold: str, template: Any, polnear: str | None, as_json: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    from .evaluate_speakers import ablate

    rows = ablate(gold, template, polnear)
    if as_json:
        click.echo(json.dumps(rows, indent=2, sort_keys=True))
        return
    base = rows[0]
    table = Table(title=f"rules switched off one at a time ({gold})")
    for column in ("rule", "phase", "micro-F1", "Δ F1", "ctx P", "speaker R", "Δ R"):
        table.add_column(column, justify="left" if column in ("rule", "phase") else "right")
    for row in rows:
        recall = row.get("speaker_recall")
        table.add_row(
            row["rule"],
            row["phase"],
            f"{row['micro_f1']:.3f}",
            f"{row['micro_f1'] - base['micro_f1']:+.3f}",
            f"{row['context_precision']:.3f}",
            "" if recall is None else f"{recall:.3f}",
            "" if recall is None else f"{recall - base['speaker_recall']:+.3f}",
        )
    Console().print(table)


@cli.command("eval-speakers")
@click.argument("polnear", type=click.Path())
@click.option("--split", "split", type=click.Choice(["train", "dev", "test"]), default="dev")
@click.option("-t", "--template", default="korea", show_default=True)
@click.option("--limit", type=int, default=0, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--traceback", "--debug", "traceback", is_flag=True)
def eval_speakers_command(
    polnear: str, split: str, template: str, limit: int, as_json: bool, traceback: bool
) -> None:
    """Speaker-span precision/recall/F1 and cue recall against PolNeAR's Source/Cue spans."""
    from rich.console import Console
    from rich.table import Table

    from .evaluate_speakers import score_speakers

    result = score_speakers(polnear, load_template(template), split, limit)
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    table = Table(title=f"speakers on {polnear} ({split}, {result['say']['articles']} articles)")
    columns = ("cues", "gold", "system", "speaker P", "speaker R", "speaker F1", "cue R")
    for column in columns:
        table.add_column(column, justify="left" if column == "cues" else "right")
    for name in ("say", "all"):
        s = result[name]
        table.add_row(
            "say-type" if name == "say" else "all",
            str(s["gold"]),
            str(s["system"]),
            f"{s['speaker_precision']:.3f}",
            f"{s['speaker_recall']:.3f}",
            f"{s['speaker_f1']:.3f}",
            f"{s['cue_recall']:.3f}",
        )
    Console().print(table)


SERIES_EVERY = ("day", "week", "month")
SERIES_FORMATS = ("docx", "json", "markdown")
"""``brief series`` choices, spelled here so that ``brief --help`` imports nothing heavy (a
test checks they match briefer.series)."""


@cli.command("series")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--every",
    type=click.Choice(SERIES_EVERY),
    default="week",
    show_default=True,
    help="One brief per day, week (ISO) or month.",
)
@click.option("--since", callback=_date, help="Leave out articles before this date.")
@click.option("--until", callback=_date, help="Leave out articles after this date.")
@click.option(
    "--min-articles",
    type=click.IntRange(1),
    default=3,
    show_default=True,
    help="Brief only periods with at least N relevant articles.",
)
@click.option("-t", "--template", default="korea", show_default=True)
@algorithm_option
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(SERIES_FORMATS),
    default="markdown",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the briefs and the index (made if missing).",
)
@click.option("--force", is_flag=True, help="Overwrite briefs and index already in -o.")
@click.option(
    "--splitter", type=click.Choice(sorted(SEGMENTERS)), default="pysbd", show_default=True
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Run on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a LocalCluster.",
)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Local processes or local workers.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr.")
@click.option("--traceback", "--debug", "traceback", is_flag=True)
def series_command(
    paths: tuple[str, ...],
    every: str,
    since: dt.date | None,
    until: dt.date | None,
    min_articles: int,
    template: str,
    algorithm: str,
    fmt: str,
    output: Path,
    force: bool,
    splitter: str,
    dask: str | None,
    jobs: int | None,
    quiet: bool,
    traceback: bool,
) -> None:
    """One brief per period of an archive (folders, JSONL), and an index; prints the index."""
    from .engines import open_engine
    from .series import Every, SeriesRequest, run_series

    loaded = load_template(template)
    request = SeriesRequest(
        paths=paths,
        output=output,
        every=Every(every),
        since=since,
        until=until,
        min_articles=min_articles,
        fmt=fmt,
        algorithm=algorithm,
        segmenter=splitter,
        created=_created(),
        force=force,
    )
    with open_engine(dask, jobs) as engine:
        result = run_series(request, loaded, engine)
    if not quiet:
        for notice in result.notices:
            click.echo(f"brief: warning: {notice}", err=True)
        if result.undated:
            undated = result.counts["undated"]
            shown = "; ".join(result.undated[:3])
            more = f"; {undated - 3} more" if undated > 3 else ""
            click.echo(f"brief: undated, left out: {shown}{more}", err=True)
        click.echo(
            f"brief: {len(result.briefs)} brief(s) from {result.counts['relevant']} relevant "
            f"of {result.counts['read']} articles, on {engine.name}",
            err=True,
        )
    click.echo(str(result.index))


@cli.command("templates")
def templates_command() -> None:
    """List the bundled templates."""
    for name in bundled_templates():
        template = load_template(name)
        keys = ", ".join(a.key for a in template.actors)
        click.echo(f"{name}\t{template.topic} ({keys})")


def _wants_traceback(argv: list[str]) -> bool:
    return "--traceback" in argv or "--debug" in argv


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and map every error to one line and an exit code."""
    import functools
    import gc
    import signal

    args = sys.argv[1:] if argv is None else argv
    if _wants_traceback(args):  # unwind, to show where the run was
        signal.signal(signal.SIGTERM, functools.partial(_terminated, os.getpid()))
    else:
        end_at_once()
    code = run(args, sys.stderr)
    # Everything is written. What the run cached stays alive until the interpreter shuts
    # down, whose full garbage collection would walk all of it for nothing (0.1 s after a
    # 3,000-sentence brief): frozen objects are left to the operating system.
    gc.freeze()
    sys.exit(code)


def _terminated(main_pid: int, signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so that temporary files are removed on the way out;
    a forked worker that inherited this handler just ends as SIGTERM would end it."""
    import signal

    if os.getpid() != main_pid:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt


def run(args: list[str], err: IO[str], invoke: Callable[..., Any] | None = None) -> int:
    """Run the CLI with ``args``; return the exit code (the one error boundary)."""
    try:
        cli.main(args=args, prog_name="brief", standalone_mode=False)
    except click.exceptions.Abort:
        print("brief: interrupted", file=err)
        return ExitCode.INTERRUPTED
    except click.ClickException as exc:
        print(f"brief: error: {visible(exc.format_message())}", file=err)
        return ExitCode.USAGE
    except BrieferError as exc:
        if _wants_traceback(args):
            raise
        print(f"brief: error: {visible(str(exc))}", file=err)
        return exc.exit_code
    except KeyboardInterrupt:
        if _wants_traceback(args):
            raise
        print("brief: interrupted", file=err)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.OK
    except OSError as exc:
        if _wants_traceback(args):
            raise
        print(f"brief: error: {visible(str(exc.filename or ''))}: {exc.strerror or exc}", file=err)
        return ExitCode.OUTPUT if isinstance(exc, PermissionError) else ExitCode.ERROR
    return ExitCode.OK


__all__ = ["cli", "main", "run"]
