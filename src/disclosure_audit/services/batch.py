"""``audit --batch DIR``: every school's repo under DIR, on every core, into one ranking."""

from __future__ import annotations

import datetime as dt
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.model import DIMENSIONS
from disclosure_audit.services.repo import CHECKLIST_FILE


@dataclass(frozen=True)
class SchoolRow:
    """One school's line in the ranking, or why it was skipped (``error``)."""

    folder: str
    name: str = ""
    kind: str | None = None
    score: float | None = None
    by_dimension: dict[str, float | None] = field(default_factory=dict)
    missing: int = 0
    open_entries: int = 0
    overdue: int | None = None  # None when the school keeps no ledger.yaml yet
    error: str | None = None
    missing_items: list[tuple[str, str]] = field(default_factory=list)  # (id, title) missing


def find_schools(folder: Path) -> list[Path]:
    """Sub-folders holding a ``checklist.yaml``, sorted; an error when there are none."""
    if not folder.is_dir():
        raise InputError(Problem(display_path(folder), None, None, "path-not-found",
                                 hint_key="hint.path-not-found"))
    schools = sorted(p for p in folder.iterdir() if (p / CHECKLIST_FILE).is_file())
    if not schools:
        raise InputError(Problem(display_path(folder), None, None, "batch-empty",
                                 hint_key="hint.batch-empty"))
    return schools


def run_batch(folder: Path, as_of: dt.date, lang: str, output_dir: Path | None = None,
              jobs: int | None = None) -> list[SchoolRow]:
    """Audit every school (in parallel processes) and return the ranking, best first.

    A school that cannot be audited is reported in its row and skipped; it never stops the
    others. With ``output_dir``, each school's JSON result is written there by its worker.
    """
    schools = find_schools(folder)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(schools)))
    tasks = [(str(s), as_of, lang, str(output_dir) if output_dir else None) for s in schools]
    if workers == 1:
        rows = [audit_school(task) for task in tasks]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, len(tasks) // (4 * workers))
            rows = list(pool.map(audit_school, tasks, chunksize=chunk))
    return sorted(rows, key=lambda r: (r.error is not None, -(r.score or 0.0), r.folder))


def audit_school(task: tuple[str, dt.date, str, str | None]) -> SchoolRow:
    """Audit one school (runs in a worker process); never raises."""
    from disclosure_audit.inputs.yamltree import no_cycle_collection

    folder, as_of, lang, output_dir = task
    path = Path(folder)
    try:
        # A school's objects form no cycles and are freed by reference counting when it is
        # done; the cycle collector would only walk them again and again while they are
        # built (6 % of a province's time). It runs as usual between schools.
        with no_cycle_collection():
            return _audit_school(path, as_of, lang, output_dir)
    except InputError as exc:
        first = exc.problems[0].render(lang) if exc.problems else ""
        more = f" (+{len(exc.problems) - 1})" if len(exc.problems) > 1 else ""
        return SchoolRow(path.name, error=first + more)
    except Exception as exc:  # noqa: BLE001 - one broken school must not stop the batch
        return SchoolRow(path.name, error=f"{type(exc).__name__}: {exc}")


def _audit_school(path: Path, as_of: dt.date, lang: str, output_dir: str | None) -> SchoolRow:
    from disclosure_audit.formats.json import to_dict
    from disclosure_audit.inputs.files import write_atomic
    from disclosure_audit.ledger.store import LEDGER_FILE, load_ledger
    from disclosure_audit.services import audit

    result = audit.run(audit.AuditRequest(path, as_of))
    if output_dir is not None:
        text = json.dumps(to_dict(result, lang), ensure_ascii=False, indent=2) + "\n"
        write_atomic(Path(output_dir) / f"{path.name}.json", text)
    overdue = None
    if (path / LEDGER_FILE).is_file():
        overdue = sum(1 for e in load_ledger(path / LEDGER_FILE).entries if e.overdue(as_of))
    summary = result.summary
    return SchoolRow(
        folder=path.name,
        name=result.checklist.institution_name or path.name,
        kind=result.checklist.kind,
        score=summary.score,
        by_dimension={d: summary.by_dimension[d] for d in DIMENSIONS},
        missing=summary.counts["missing"],
        open_entries=len(result.open_entries()),
        overdue=overdue,
        missing_items=[(r.item.id, r.item.title) for r in result.items if r.status == "missing"],
    )


def ranking_json(rows: list[SchoolRow], as_of: dt.date) -> str:
    """The ranking as JSON."""
    data = {"as_of": as_of.isoformat(), "schools": [
        {"rank": i if row.error is None else None, **asdict(row)}
        for i, row in enumerate(rows, start=1)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def ranking_html(rows: list[SchoolRow], as_of: dt.date, lang: str) -> str:
    """The province page: the ranking, each dimension's P25/P50/P75, items most often missing."""
    from disclosure_audit.formats.html import province_page

    return province_page(json.loads(ranking_json(rows, as_of)), lang)


def _columns(lang: str, short: bool, *, kind: bool = True, dimensions: bool = True) -> list:
    """The ranking's columns, from the widest layout (full headers) to the narrowest."""
    from disclosure_audit.formats.layout import Column
    from disclosure_audit.i18n import t

    head = [Column(t("col.rank", lang), justify="right"),
            Column(t("col.school", lang), wraps=True, min_width=8)]
    head += [Column(t("col.kind", lang))] if kind else []
    head += [Column(t("col.score", lang), justify="right")]
    dims = [Column(t(f"narrow.{d}" if short else f"dimension.{d}", lang), justify="right")
            for d in DIMENSIONS] if dimensions else []
    tail = [Column(t(f"narrow.{key}" if short else f"col.{key}", lang), justify="right")
            for key in ("missing", "open", "overdue")]
    return head + dims + tail


def ranking_table(rows: list[SchoolRow], as_of: dt.date, lang: str, width: int = 160,
                  color: bool = False) -> str:
    """The ranking for people: school, kind, score, each dimension, missing, overdue."""
    from rich.text import Text

    from disclosure_audit.formats.console import capture, shown
    from disclosure_audit.formats.layout import fitted
    from disclosure_audit.i18n import t
    from disclosure_audit.i18n.text import score_text

    console, buffer = capture(width, color)
    cells = [[str(rank), shown(row.name), t(f"kind.{row.kind}", lang) if row.kind else "",
              score_text(row.score, lang),
              *(score_text(row.by_dimension.get(d), lang) for d in DIMENSIONS),
              str(row.missing), str(row.open_entries),
              "—" if row.overdue is None else str(row.overdue)]
             for rank, row in enumerate(rows, start=1) if row.error is None]
    every = list(range(11))
    console.print(fitted([(_columns(lang, False), every), (_columns(lang, True), every),
                          (_columns(lang, True, kind=False), every[:2] + every[3:]),
                          (_columns(lang, True, kind=False, dimensions=False),
                           [0, 1, 3, 8, 9, 10])], cells, width,
                         t("batch.title", lang, count=len(rows), as_of=as_of.isoformat())))
    for row in rows:
        if row.error is not None:
            console.print(Text(t("batch.skipped", lang, folder=row.folder, error=row.error),
                               style="bold red"))
    return buffer.getvalue()
