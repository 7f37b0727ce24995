"""Tell a CMS row's item from its title, precision first.

The rules, in order (the README's "How classification works" explains them to users):

1. A title that matches one of the checklist's ``classification.exclude`` patterns (召开…会,
   学习贯彻, 关于做好…的通知 …) is news, a meeting or a procedure: ``excluded``, never assigned.
2. Every item scores the characters of the title its keywords cover (its ``keywords``, its title
   and its element names). Keywords made only of ``classification.generic`` words (办法, 通知,
   公示 …) are weak: they count only between items with no specific match. An item whose
   ``exclude_keywords`` match is ruled out.
3. The best item must lead the runner-up by ``classification.margin`` characters, else the row
   is ``ambiguous`` and listed with its candidates.
4. A best item that does not apply to the school (its kind, or ``not_applicable`` in the
   checklist) gives ``not_applicable``: the row is listed with that reason, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_audit.model import Candidate, Checklist, Classification, Item
from disclosure_audit.sources.patterns import (
    Match,
    Pattern,
    PatternError,
    compile_pattern,
    literal_pattern,
    normalize,
)

SHOWN_CANDIDATES = 3


@dataclass(frozen=True)
class _ItemPatterns:
    item: Item
    specific: tuple[Pattern, ...]
    generic: tuple[Pattern, ...]
    exclude: tuple[Pattern, ...]


class Classifier:
    """A checklist's classification rules, compiled once and used for every row."""

    def __init__(self, checklist: Checklist) -> None:
        rules = checklist.classification
        generic_words = {normalize(w) for w in rules.generic}
        self.checklist = checklist
        self.margin = rules.margin
        self.exclude = _compile(rules.exclude)
        self.items = tuple(_item_patterns(item, generic_words) for item in checklist.items)
        # Who each pattern speaks for: ``(role, item index)``; role is "exclude" (news and
        # procedures), "specific", "generic" or "veto" (an item's exclude_keywords).
        owners: dict[Pattern, list[tuple[str, int]]] = {p: [("exclude", -1)] for p in self.exclude}
        for index, rules in enumerate(self.items):
            for role, patterns in (("specific", rules.specific), ("generic", rules.generic),
                                   ("veto", rules.exclude)):
                for pattern in patterns:
                    owners.setdefault(pattern, []).append((role, index))
        self._index = PatternIndex(list(owners))
        self._owners = [owners[p] for p in self._index.patterns]

    def classify(self, title: str) -> Classification:
        """Classify one title (see the module docstring for the rules)."""
        text = normalize(title)
        hits: dict[int, dict[str, list[Match]]] = {}
        for number, match in self._index.matches(text):
            for role, index in self._owners[number]:
                hits.setdefault(index, {}).setdefault(role, []).append(match)
        excluded_by = tuple(m.pattern.text for m in hits.get(-1, {}).get("exclude", ()))
        candidates, ruled_out = self._candidates(text, hits)
        shown = candidates[:SHOWN_CANDIDATES]
        if excluded_by:
            return Classification("excluded", None, shown, excluded_by, ruled_out)
        if not candidates:
            return Classification("unmatched", None, (), (), ruled_out)
        best = candidates[0]
        # Candidates are best first, so the ones the best does not lead are a prefix.
        close = sum(1 for c in candidates[1:] if not self._leads(best, c))
        if close or not self._leads(best, None):
            shown = candidates[:max(close + 1, SHOWN_CANDIDATES)]
            return Classification("ambiguous", None, shown, (), ruled_out)
        item = self.checklist.item(best.item)
        if item is None or not self.checklist.in_scope(item):
            return Classification("not_applicable", None, shown, (), ruled_out)
        return Classification("assigned", best.item, shown, (), ruled_out)

    def _leads(self, best: Candidate, other: Candidate | None) -> bool:
        """Does ``best`` lead ``other`` (or nothing) by the margin? Specific keywords decide
        whenever ``best`` has any; generic ones only between items with no specific match."""
        if best.score:
            return best.score - (other.score if other else 0) >= self.margin
        return best.generic - (other.generic if other else 0) >= self.margin

    def _candidates(self, text: str, hits: dict[int, dict[str, list[Match]]]
                    ) -> tuple[tuple[Candidate, ...], tuple[tuple[str, str], ...]]:
        scored: list[tuple[int, Candidate]] = []
        ruled_out: list[tuple[str, str]] = []
        for index in sorted(i for i in hits if i >= 0):
            roles = hits[index]
            specific, generic = roles.get("specific", []), roles.get("generic", [])
            if not specific and not generic:
                continue
            item_id = self.items[index].item.id
            if "veto" in roles:
                ruled_out.append((item_id, roles["veto"][0].pattern.text))
                continue
            scored.append((index, Candidate(
                item_id, _covered(specific), _covered(generic),
                tuple(dict.fromkeys(m.text(text) for m in (*specific, *generic))))))
        # Best first; equal scores keep checklist order.
        scored.sort(key=lambda pair: (-pair[1].score, -pair[1].generic, pair[0]))
        return tuple(c for _, c in scored), tuple(ruled_out)


class PatternIndex:
    """Finds which of many patterns match a title without trying them all.

    Every word (alternative) of every pattern is indexed by its first two characters (one, for
    one-character words). A title is read once, looking up each of its character pairs: that
    finds the words it contains. Only patterns whose every word is present are then matched in
    order. A title holds the words of a handful of patterns, not of the thousand in a checklist.
    """

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = list(dict.fromkeys(patterns))
        self._by_start: dict[str, set[str]] = {}
        self._by_first: dict[str, list[int]] = {}
        for number, pattern in enumerate(self.patterns):
            for word in pattern.literals:
                self._by_start.setdefault(word[:2], set()).add(word)
            for word in pattern.parts[0]:
                self._by_first.setdefault(word, []).append(number)

    def words_in(self, text: str) -> set[str]:
        """The indexed words that occur in ``text``."""
        by_start = self._by_start
        present: set[str] = set()
        for i in range(len(text)):
            for key in (text[i], text[i:i + 2]):
                for word in by_start.get(key, ()):
                    if text.startswith(word, i):
                        present.add(word)
        return present

    def matches(self, text: str) -> list[tuple[int, Match]]:
        """The patterns (by number in ``patterns``, in that order) that match ``text``
        (normalised), with their matches."""
        present = self.words_in(text)
        numbers: set[int] = set()
        for word in present:
            numbers.update(self._by_first.get(word, ()))
        out: list[tuple[int, Match]] = []
        for number in sorted(numbers):
            pattern = self.patterns[number]
            if len(pattern.parts) > 1 and not all(
                    present.intersection(part) for part in pattern.parts[1:]):
                continue
            match = pattern.match(text, present)
            if match is not None:
                out.append((number, match))
        return out


def _item_patterns(item: Item, generic_words: set[str]) -> _ItemPatterns:
    implicit = [literal_pattern(item.title), *(literal_pattern(e) for e in item.elements)]
    patterns = [*_compile(item.keywords), *implicit]
    generic = tuple(p for p in patterns if p.literals <= generic_words)
    specific = tuple(p for p in dict.fromkeys(patterns) if p not in generic)
    return _ItemPatterns(item, specific, generic, _compile(item.exclude_keywords))


def _compile(texts: tuple[str, ...]) -> tuple[Pattern, ...]:
    """Compile patterns; ones that cannot match were reported when the checklist was loaded."""
    compiled = []
    for text in texts:
        try:
            compiled.append(compile_pattern(text))
        except PatternError:
            continue
    return tuple(compiled)


def _covered(matches: list[Match]) -> int:
    """Characters of the title covered by ``matches``, each character counted once."""
    covered: set[int] = set()
    for match in matches:
        for start, end in match.spans:
            covered.update(range(start, end))
    return len(covered)


def classifier_for(checklist: Checklist) -> Classifier:
    """The checklist's compiled classifier, built on first use and kept with the checklist."""
    cached = checklist.__dict__.get("_classifier")
    if cached is None:
        cached = Classifier(checklist)
        object.__setattr__(checklist, "_classifier", cached)
    return cached


def classify(title: str, checklist: Checklist) -> Classification:
    """Classify ``title`` with ``checklist``'s items and rules."""
    return classifier_for(checklist).classify(title)
