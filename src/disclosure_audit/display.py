"""Text from input files made safe to show: no control character or escape sequence reaches a
terminal raw, and no line of any output can start a GitHub workflow command (``::error``).

A title with ``\\x1b[2J`` would clear the screen of whoever reads the report; one with a
newline followed by ``::error file=…`` would become a forged annotation in a CI log (the
runner reads any line that starts, after spaces, with ``::``). Values are shown, not obeyed:
control characters become their visible Unicode symbols (␛, ␊, …), format controls such as
the bidirectional overrides become ``<U+202E>``.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, bidirectional and zero-width format characters, line/paragraph
# separators, and the two non-characters XML refuses.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029"
                     "\u2066-\u2069\ufeff\ufffe\uffff]")
_UNSAFE_KEEP_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                                  "\u2028\u2029\u2066-\u2069\ufeff\ufffe\uffff]")
# Characters never left raw in any output, even inside JSON strings (json.dumps escapes C0
# but not C1: U+009B is a CSI for some terminals).
_RAW_NEVER = re.compile("[\x80-\x9f\u202a-\u202e\u2028\u2029\u2066-\u2069]")
_COMMAND = re.compile(r"^([^\S\r\n]*)(?=::)", re.MULTILINE)
ZWSP = "\u200b"


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC, ␊ for LF)
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` with every control and format character shown, not obeyed."""
    pattern = _UNSAFE_KEEP_NEWLINE if keep_newlines else _UNSAFE
    return pattern.sub(_visible, str(text))


def terminal_safe(text: str) -> str:
    """A whole text file for a terminal: line ends and tabs kept, every other control shown."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", _visible, text)


def escape_raw(text: str) -> str:
    """C1 controls and bidirectional overrides written as ``\\uXXXX`` (the JSON escape, which
    decodes to the same character, so JSON data is unchanged)."""
    return _RAW_NEVER.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def defuse_commands(text: str) -> str:
    """Every line that would start (after spaces) with ``::`` gets an invisible U+200B first,
    so a CI runner never takes it for a workflow command."""
    return _COMMAND.sub(lambda m: m.group(1) + ZWSP, text)


def safe_output(text: str) -> str:
    """The last step of every text output except the annotations themselves."""
    return defuse_commands(escape_raw(text))
