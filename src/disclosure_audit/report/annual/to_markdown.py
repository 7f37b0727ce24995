"""The draft as Markdown: ``#`` title, ``##`` parts, ``###`` sections, pipe tables."""

from __future__ import annotations

from disclosure_audit.report.annual.blocks import Block, Draft, Heading, Paragraph


def render_markdown(draft: Draft) -> str:
    """The Markdown text (the same content as the Word and HTML forms)."""
    lines = [f"# {_text(draft.title)}", ""]
    for block in draft.body:
        lines += _block(block)
    lines += ["---", "", f"## {draft.appendix_label}：{_text(draft.appendix_title)}", ""]
    for block in draft.appendix:
        lines += _block(block)
    return "\n".join(lines).rstrip("\n") + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 1)} {_text(block.text)}", ""]
    if isinstance(block, Paragraph):
        text = _text(block.text)
        return [f"**{text}**" if block.style == "lead" else text, ""]
    rows = [block.header, *block.rows]
    out = [_row(rows[0]), "|" + "---|" * len(block.header)]
    return out + [_row(r) for r in rows[1:]] + [""]


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _cell(text: str) -> str:
    return _text(text).replace("|", "\\|").replace("\n", "<br>")


def _text(text: str) -> str:
    """Text that cannot turn into Markdown markup (a line starting with # or -, stray * or _)."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    escaped = escaped.replace("<", "&lt;").replace(">", "&gt;")
    return "\\" + escaped if escaped[:1] in "#->+=" and escaped else escaped
