"""Which greys a form prints its help in (`parsers.guidance`), for Word, HTML and PDF alike.

Kept apart from `parsers.word_help` (which reads Word's XML with lxml) so that the HTML and
PDF readers ask it without loading lxml into the triage command's process (issue 11: start-up
and memory; `tests/unit/test_cli_startup.py`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GreyLook:
    """Which greys read as help. Lightness is 0 (black) to 1 (white); a colour whose channels
    differ by more than `spread` is a colour, not a grey. Mid grey is help alone ("808080",
    "7F7F7F", Word's placeholder grey); a darker grey only in italic ("595959" italic); near
    white is hidden text, no help."""

    light: tuple[float, float] = (0.40, 0.85)
    dark: tuple[float, float] = (0.25, 0.40)
    spread: float = 0.1

    def help(self, lightness: float | None, *, italic: bool) -> bool:
        if lightness is None:
            return False
        if self.light[0] <= lightness <= self.light[1]:
            return True
        return italic and self.dark[0] <= lightness < self.dark[1]


LOOK = GreyLook()


def grey_lightness(channels: tuple[float, ...]) -> float | None:
    """The lightness of a grey given as channels in 0..1 (grey, RGB); None for a colour."""
    if not channels or max(channels) - min(channels) > LOOK.spread:
        return None
    return sum(channels) / len(channels)
