"""ASCII grid tables pasted into plain text become the form model's rows (issue 11, set j)."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from parsers.labels import logical_lines
from parsers.records import Page
from parsers.text_grid import ungrid


def _grid(rows: list[list[str]], *, header: bool = True) -> list[str]:
    widths = [max(len(r[c]) for r in rows) + 2 for c in range(len(rows[0]))]
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    lines = [rule]
    for n, row in enumerate(rows):
        lines.append(
            "|" + "|".join(f" {cell:<{w - 1}}" for cell, w in zip(row, widths, strict=True)) + "|"
        )
        lines.append(rule.replace("-", "=") if header and n == 0 else rule)
    return lines


def _wrapped(lines: list[str], width: int) -> list[str]:
    """What a mail client's hard wrap does: break at the last space before `width`, else cut."""
    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, width, break_on_hyphens=False, drop_whitespace=True) or [""])
    return out


FAMILY = [
    ["Adult", "Relationship", "D.O.B"],
    ["Danielle Sugden", "Mother", "04/12/1988"],
    ["Ricky Gaunt", "Maternal uncle - lodger", "09/09/1979"],
]


def test_a_grid_becomes_one_line_a_row_with_tabs_between_cells() -> None:
    assert ungrid(["Family:", *_grid(FAMILY), "Thanks"]) == (
        "Family:",
        "Adult\tRelationship\tD.O.B",
        "Danielle Sugden\tMother\t04/12/1988",
        "Ricky Gaunt\tMaternal uncle - lodger\t09/09/1979",
        "Thanks",
    )


def test_a_grid_hard_wrapped_by_the_mail_client_is_rejoined() -> None:
    wide = [["Child", "D.O.B", "Gender", "School attended in the autumn term"],
            ["Poppy-Mae Sugden", "19/02/2014", "F", "Farnley Academy, Leeds (Year 8)"]]  # fmt: skip
    lines = _wrapped(_grid(wide), 60)
    assert len(lines) > len(_grid(wide))  # the wrap really happened
    assert ungrid(lines) == (
        "Child\tD.O.B\tGender\tSchool attended in the autumn term",
        "Poppy-Mae Sugden\t19/02/2014\tF\tFarnley Academy, Leeds (Year 8)",
    )


def test_a_cell_written_over_two_lines_is_one_cell() -> None:
    lines = [
        "+-------------+------------------+",
        "| Reason      | Neglect of the   |",
        "|             | children's teeth |",
        "+-------------+------------------+",
    ]
    assert ungrid(lines) == ("Reason\tNeglect of the children's teeth",)


def test_the_people_reader_finds_the_family_in_a_pasted_grid() -> None:
    page = Page("body", ("Household:", *_wrapped(_grid(FAMILY), 60)))
    assert "Danielle Sugden\tMother\t04/12/1988" in logical_lines(page)


_TEXT = st.lists(st.text(alphabet="abc |+-=\t:", max_size=30), max_size=15)


@given(_TEXT)
def test_text_without_a_rule_is_left_exactly_as_it_was(lines: list[str]) -> None:
    plain = [line.replace("+-", "+ ").replace("+=", "+ ") for line in lines]
    assert ungrid(plain) == tuple(plain)


_CELL = st.text(alphabet="abcdefghij /-", min_size=1, max_size=14).map(str.strip).filter(bool)


@given(st.integers(2, 4).flatmap(lambda n: st.lists(st.lists(_CELL, min_size=n, max_size=n),
                                                      min_size=1, max_size=4)),
       st.integers(40, 90))  # fmt: skip
def test_any_grid_wrapped_at_any_width_gives_back_its_cells(
    rows: list[list[str]], width: int
) -> None:
    got = ungrid(_wrapped(_grid(rows, header=False), width))
    assert [[" ".join(cell.split()) for cell in line.split("\t")] for line in got] == [
        [" ".join(cell.split()) for cell in row] for row in rows
    ]
