"""Calendar lines folded at 75 octets (RFC 5545 3.1), whatever the characters."""

from __future__ import annotations

import itertools

import pytest

from briefgen.render.ics import _fold


@pytest.mark.parametrize("line", [
    "SUMMARY:Talks",
    "SUMMARY:" + "x" * 67,
    "SUMMARY:" + "x" * 68,
    "DESCRIPTION:" + "Visite d’État à Pékin " * 10,
    "SUMMARY:" + "北京访问" * 30,
    "X:" + "é" * 37,
    "X:" + "é" * 36 + "x",
    "SUMMARY:" + "🇺🇳 flags " * 12,
])
def test_folded_lines_fit_in_75_octets_and_unfold_to_the_original(line):
    folded = _fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    if len(line.encode()) <= 75:
        assert folded == line
    parts = folded.split("\r\n")
    for part, following in itertools.pairwise(parts):  # each cut as late as it can be
        assert len((part + following[1]).encode()) > 75
