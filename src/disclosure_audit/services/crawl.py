"""The ``crawl`` command's work: check the request, crawl, write the crawl file atomically."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_audit.crawl.report import CrawlReport
from disclosure_audit.crawl.settings import CrawlSettings
from disclosure_audit.diagnostics import Problem, display_path, has_errors
from disclosure_audit.errors import InputError
from disclosure_audit.formats.output import STDOUT
from disclosure_audit.model import Checklist
from disclosure_audit.services.repo import find_repo, refuse_overwrite
from disclosure_audit.spec import load_checklist

DEFAULT_OUTPUT = Path("declarations") / "_site.yaml"


@dataclass(frozen=True)
class CrawlRequest:
    """What the user asked for."""

    url: str
    repo: Path
    as_of: dt.date
    output: Path | None = None  # default: REPO/declarations/_site.yaml
    settings: CrawlSettings = field(default_factory=CrawlSettings)
    resume: bool = False
    progress: bool = True


def crawl_site(request: CrawlRequest) -> CrawlReport:
    """Crawl the school's website and write the crawl file; what it found is returned."""
    from disclosure_audit.crawl.output import crawl_document, dump
    from disclosure_audit.crawl.run import crawl
    from disclosure_audit.crawl.scope import normalise
    from disclosure_audit.formats.output import emit
    from disclosure_audit.formats.progress import progress_bar
    from disclosure_audit.i18n import t

    repo = find_repo(request.repo)
    checklist = _checklist(repo.checklist_path, repo.root)
    start = normalise(request.url)
    if start is None:
        raise InputError(Problem(request.url, None, None, "crawl-bad-url",
                                 {"value": request.url}, hint_key="hint.crawl-bad-url"))
    output = request.output or repo.root / DEFAULT_OUTPUT
    if output != STDOUT and output.is_dir():
        raise InputError(Problem(display_path(output), None, None, "crawl-output-folder"))
    refuse_overwrite(repo.root, [output], may_write=_crawl_file)
    if output != STDOUT and not _crawl_file(output):  # outside the repo too: -o README.md
        raise InputError(Problem(display_path(output), None, None, "crawl-output-not-crawl-file",
                                 hint_key="hint.crawl-output-not-crawl-file"))
    with progress_bar(t("crawl.progress"), request.settings.max_pages,
                      request.progress) as advance:
        result, run = crawl(start, repo.root, request.settings,
                            max_clicks=checklist.scoring.max_clicks, resume=request.resume,
                            on_fetch=(lambda _url: advance()) if advance else None)
    doc, checks = crawl_document(result, checklist, request.as_of, run)
    emit(dump(doc), output)
    rows = doc["publications"]
    shown = t("out.stdout") if output == STDOUT else display_path(output)
    return CrawlReport(result, tuple(checks), tuple(doc["site"]["verdicts"]), len(rows),
                       sum(1 for r in rows if "item" in r), shown, run)


def _crawl_file(target: Path) -> bool:
    """Whether the crawl may write ``target`` inside declarations/: a new YAML file, or the
    file a previous crawl wrote (a top-level ``crawl:`` key: what the readers go by).
    A department's own declarations are never replaced by what the website shows."""
    if target.suffix.lower() not in (".yaml", ".yml"):
        return False
    if not target.exists():
        return True
    try:
        with target.open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    return re.search(rb"(?m)^crawl:", head) is not None


def _checklist(path: Path, root: Path) -> Checklist:
    checklist, problems = load_checklist(path, repo_root=root)
    if checklist is None or has_errors(problems):
        raise InputError([p for p in problems if p.severity == "error"])
    return checklist
