"""What the crawl changes in availability and convenience, and the findings that say so.

The evaluator's view (rules.md: "Where it must be published"; evaluators judge the column as the
public sees it): a row found in the disclosure column is public and in the column, with its
clicks measured. So, for an item's elements that the declarations disclose:

- a declared publication the crawl found (:class:`SiteMatch`) counts as its column version:
  public, in the column, with the **crawl's clicks** (a finding when they differ from the
  declared ones) — an item declared only on OA but found in the column is public;
- a publication declared in the column that the crawl did not find there, or whose page did not
  open (:class:`SiteMiss`), is **not available**: it counts for neither dimension;
- a crawled row no declaration matches adds its column presence to the elements its title names
  that the declarations disclose (never more: completeness and timeliness stay with the
  declarations — the crawl cannot know when information was made, and a row nobody declared is
  a row to add).

Every element whose verdict the crawl changes gets a finding naming the page (URL and evidence
key): nothing changes silently.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from disclosure_audit.i18n import t
from disclosure_audit.model import Finding, Item, Publication, SiteMatch, SiteMiss
from disclosure_audit.scoring.common import covered_elements, elements_of, in_item_order, iso

NOTE_CODES = frozenset({"site-found", "site-in-column", "site-clicks", "site-clicks-measured"})
"""Findings that record what the crawl showed (a raise, a measured count); never failures."""


@dataclass(frozen=True)
class SiteEvidence:
    """The crawl's evidence for one item: declared publications replaced by their column
    version, those the crawl contradicts, and crawled rows adding column presence."""

    replaced: dict[Publication, Publication] = field(default_factory=dict)
    missed: dict[Publication, SiteMiss] = field(default_factory=dict)
    extra: tuple[Publication, ...] = ()

    def effective(self, publications: Iterable[Publication]) -> list[Publication]:
        """What availability and convenience judge: the declarations as the crawl saw them."""
        kept = [self.replaced.get(p, p) for p in publications if p not in self.missed]
        return kept + list(self.extra)

    def clicks_findings(self, max_clicks: int) -> list[Finding]:
        """One finding per declared publication whose clicks the crawl measured differently
        (when none were declared: only when the count measured is over ``max_clicks``)."""
        out = []
        for declared, found in self.replaced.items():
            if found.clicks is None or found.clicks == declared.clicks or (
                    declared.clicks is None and found.clicks <= max_clicks):
                continue
            code = "site-clicks" if declared.clicks is not None else "site-clicks-measured"
            out.append(Finding(code, {"title": declared.title, "declared": declared.clicks,
                                      "clicks": found.clicks, **page(found)}, declared.source))
        return out


def site_evidence(item: Item, publications: Sequence[Publication],
                  matched: dict[Publication, SiteMatch], missed: dict[Publication, SiteMiss],
                  rows: Iterable[Publication]) -> SiteEvidence:
    """The evidence for ``item`` from the comparison's ``matched``/``missed`` lookups and the
    crawled ``rows`` no declaration matched (already limited to those relevant to the item)."""
    disclosed = covered_elements(item, publications)
    replaced = {}
    for declared in publications:
        match = matched.get(declared)
        if match is not None:
            replaced[declared] = dataclasses.replace(
                match.found, item=declared.item, elements=declared.elements,
                format=declared.format or match.found.format, made=declared.made,
                department=declared.department)
    extra = []
    for row in rows:
        elements = tuple(e for e in elements_of(row, item) if e in disclosed)
        if elements:
            extra.append(dataclasses.replace(row, elements=elements))
    return SiteEvidence(replaced, {p: missed[p] for p in publications if p in missed},
                        tuple(extra))


def page(found: Publication) -> dict[str, object]:
    """The page a finding names: its URL, the evidence key of the list it was in, the column."""
    return {"url": found.url or "", "evidence": found.evidence or "", "column": found.column or ""}


def miss_finding(miss: SiteMiss) -> Finding:
    """Declared in the column but not found there (or its page did not open)."""
    declared = miss.declared
    code = "site-page-failed" if miss.reason == "page_failed" else "site-not-found"
    return Finding(code, {"title": declared.title, "declared_url": declared.url or "—",
                          "url": miss.url or "", "evidence": miss.evidence or "",
                          "date": iso(miss.date), "read": miss.read, **detail(miss.detail)},
                   declared.source)


def detail(text: str | None) -> dict[str, str]:
    """Why a page did not open, for a finding (in words when the crawl recorded no reason)."""
    return {"detail": text or t("site.detail.none", "zh"),
            "detail_en": text or t("site.detail.none", "en")}


def raised(item: Item, code: str, elements: Iterable[str],
           publications: Sequence[Publication]) -> list[Finding]:
    """A note per crawled page that raised ``elements`` (``site-found`` availability,
    ``site-in-column`` convenience), naming the page."""
    grouped: dict[int, Finding] = {}
    for element in in_item_order(item, set(elements)):
        found = next((p for p in publications
                      if p.origin == "crawl" and element in elements_of(p, item)), None)
        if found is None:
            continue
        finding = grouped.setdefault(id(found), Finding(code, {
            "elements": [], "title": found.title, "clicks": found.clicks, **page(found)},
            found.source))
        finding.params["elements"].append(element)
    return list(grouped.values())


def undeclared_finding(item: Item, rows: Sequence[Publication],
                       missing: Sequence[str]) -> Finding | None:
    """Rows the crawl found for elements nobody declared: they are on the site, so the
    department should declare them (with the date the information was made). When nothing of
    the item is declared, every row found counts, even one whose title names no element."""
    wanted = set(missing)
    everything = wanted >= set(item.elements)
    found = [r for r in rows if everything or wanted & set(elements_of(r, item))]
    if not found:
        return None
    return Finding("site-found-not-declared", {
        "count": len(found), "titles": [f"《{r.title}》" for r in found[:3]],
        "elements": in_item_order(item, wanted & {e for r in found for e in elements_of(r, item)}),
        **page(found[0])}, found[0].source)
