"""Typed reading of plain data: records made from tables of fields, problems located."""

from __future__ import annotations

import dataclasses

import pytest

from briefgen.errors import BriefgenError
from briefgen.schema import Field, Reader, one_line, record_of, text
from briefgen.yamldoc import parse


@dataclasses.dataclass(frozen=True)
class Point:
    name: str
    label: str | None = None


@dataclasses.dataclass(frozen=True)
class Counted:
    name: str
    label: str | None = None

    def __post_init__(self) -> None:
        Counted.made += 1

    made = 0


POINT = {"name": Field(one_line, required=True), "label": Field(text)}


def read(yaml_text: str, convert):
    doc = parse(yaml_text, "x.yaml")
    reader = Reader(doc)
    value = convert(reader, (), doc.data)
    reader.raise_problems()
    return value


def test_a_record_is_the_instance_its_class_would_make():
    made = read("name: A\nlabel: '  B  '\n", record_of(Point, POINT))
    assert made == Point("A", "B")
    assert vars(made) == vars(Point("A", "B"))
    assert hash(made) == hash(Point("A", "B"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "C"  # type: ignore[misc]


def test_a_missing_field_takes_its_default():
    assert read("name: A\n", record_of(Point, POINT)) == Point("A")


@pytest.mark.parametrize("build", [
    pytest.param(Counted, id="a dataclass with __post_init__"),
    pytest.param(lambda **values: Counted(**values), id="a function"),
])
def test_other_builders_are_called_with_the_values(build):
    Counted.made = 0
    assert read("name: A\n", record_of(build, POINT)) == Counted("A")
    assert Counted.made == 2  # by the record and by the comparison's own Counted("A")


def test_a_dataclass_with_more_fields_than_the_table_gets_its_defaults():
    @dataclasses.dataclass(frozen=True)
    class Wider:
        name: str
        label: str | None = None
        extra: int = 7

    assert read("name: A\n", record_of(Wider, POINT)).extra == 7


def test_unknown_keys_are_located_problems_in_the_order_written():
    with pytest.raises(BriefgenError) as caught:
        read("name: A\nzeta: 1\nalpha: 2\n", record_of(Point, POINT))
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, "zeta"), (3, "alpha")]


def test_an_unknown_field_names_the_nearest_known_one():
    with pytest.raises(BriefgenError) as caught:
        read("name: a\nlable: b\n", record_of(Point, POINT))
    assert str(caught.value) == ("x.yaml:2: lable: unknown field; did you mean 'label'? "
                                 "(expected one of: name, label)")


def test_an_unknown_field_like_none_of_them_lists_them_all():
    with pytest.raises(BriefgenError) as caught:
        read("name: a\ncolour: b\n", record_of(Point, POINT))
    assert str(caught.value) == "x.yaml:2: colour: unknown field (expected one of: name, label)"
