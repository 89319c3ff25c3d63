"""Fuzzing the loader: mutated copies of a released data version either load exactly what their
files say or are refused with a `DataError`; never another exception, never silently other data.

Each mutation kind runs `AZT_FUZZ_EXAMPLES` examples (default 15; the summary printed at the
end counts them by kind and outcome). A bigger campaign, as reported in docs/reliability.md::

    AZT_FUZZ_EXAMPLES=400 python -m pytest tests/test_fuzz.py --hypothesis-profile=dev \
        --hypothesis-show-statistics
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

import az_tr_relations as azt
from az_tr_relations._converter import CONVERTER
from az_tr_relations._json import canonical_json

VERSION = "1.0.0"  # released and immutable
SOURCE = Path(str(resources.files("az_tr_relations").joinpath("data", VERSION)))
FILES: dict[str, bytes] = {path.name: path.read_bytes() for path in sorted(SOURCE.glob("*.json"))}
DATA_FILES = sorted(name for name in FILES if name != "manifest.json")
KINDS = {f"{name}.json": kind for name, kind in azt.COLLECTIONS.items()}
ORIGINAL = azt.load(VERSION)
EXAMPLES = int(os.environ.get("AZT_FUZZ_EXAMPLES", "15"))
COUNTS: Counter[tuple[str, str]] = Counter()

Files = dict[str, bytes]
Draw = Callable[[st.SearchStrategy[Any]], Any]


# Where things are in the data ---------------------------------------------------------------------


def _parsed(name: str) -> Any:
    return json.loads(FILES[name])


def _spots(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside a parsed JSON document."""
    yield path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield from _spots(item, (*path, key))


def _field_spots(predicate: Callable[[attrs.Attribute[Any]], bool]) -> list[tuple[str, tuple[Any, ...]]]:
    """(file, path) of every present record field, nested ones included, that `predicate` picks."""
    found = []

    def walk(name: str, kind: type, raw: Any, path: tuple[Any, ...]) -> None:
        for field in attrs.fields(attrs.resolve_types(kind)):
            if field.name not in raw:
                continue
            if predicate(field) and raw[field.name] is not None:
                found.append((name, (*path, field.name)))
            element = next(iter(typing.get_args(field.type)), None)
            if (
                typing.get_origin(field.type) is tuple
                and attrs.has(element)
                and element is not azt.PartialDate
            ):
                for index, item in enumerate(raw[field.name]):
                    walk(name, element, item, (*path, field.name, index))  # type: ignore[arg-type]

    for name in DATA_FILES:
        for index, record in enumerate(_parsed(name)):
            walk(name, KINDS[name], record, (index,))
    return found


def _is_date(field: attrs.Attribute[Any]) -> bool:
    return azt.PartialDate in (field.type, *typing.get_args(field.type))


REFERENCES = _field_spots(lambda field: field.metadata.get("ref") is not None and field.name != "source")
SOURCES = _field_spots(lambda field: field.name == "source")
DATES = _field_spots(_is_date)
CITATIONS = _field_spots(lambda field: field.name == "citations")
SPANS = [
    (name, path[:-1], pair)
    for name, path in DATES
    for pair in (("start", "end"), ("period_start", "period_end"))
    if path[-1] == pair[1]
]
RECORDS = [(name, index) for name in DATA_FILES for index in range(len(_parsed(name)))]


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        document = document[key]
    return document


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value


def _edited(files: Files, name: str, change: Callable[[Any], None]) -> Files:
    document = json.loads(files[name])
    change(document)
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=True) + "\n"
    return {**files, name: text.encode("utf-8")}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


# Mutations: (files, draw) -> (mutated files, whether the result must be refused) -----------------


def _any_spot(draw: Draw, files: Files) -> tuple[str, tuple[Any, ...]]:
    name = draw(st.sampled_from(DATA_FILES))
    return name, draw(st.sampled_from([p for p in _spots(json.loads(files[name])) if p]))


def drop_key(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = draw(st.sampled_from(DATA_FILES))
    document = json.loads(files[name])
    spots = [p for p in _spots(document) if p and isinstance(_get(document, p[:-1]), dict)]
    path = draw(st.sampled_from(spots))
    return _edited(files, name, lambda d: _get(d, path[:-1]).pop(path[-1])), False


def unknown_key(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = draw(st.sampled_from(DATA_FILES))
    document = json.loads(files[name])
    path = draw(st.sampled_from([p for p in _spots(document) if isinstance(_get(document, p), dict)]))
    return _edited(files, name, lambda d: _get(d, path).update(zz_unknown=draw(json_values))), True


def change_value(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = _any_spot(draw, files)
    return _edited(files, name, lambda d: _set(d, path, draw(json_values))), False


def null_value(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = _any_spot(draw, files)
    return _edited(files, name, lambda d: _set(d, path, None)), False


def special_number(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = _any_spot(draw, files)
    number = draw(st.sampled_from([float("nan"), float("inf"), -float("inf"), 2**63, -(2**63) - 1, 10**40]))
    return _edited(files, name, lambda d: _set(d, path, number)), True


def wrong_container(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = draw(st.sampled_from(DATA_FILES))
    document = json.loads(files[name])
    spots = [p for p in _spots(document) if p and isinstance(_get(document, p), (list, dict))]
    path = draw(st.sampled_from(spots))
    if isinstance(_get(document, path), list):
        other = draw(st.sampled_from(["AZ", "embassy", {"0": "AZ"}, 7]))
    else:
        other = draw(st.sampled_from([[], ["AZ"], "AZ"]))
    return _edited(files, name, lambda d: _set(d, path, other)), True


def duplicate_record(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, index = draw(st.sampled_from(RECORDS))
    target = draw(st.integers(0, len(json.loads(files[name]))))
    return _edited(files, name, lambda d: d.insert(target, d[index])), True


def drop_record(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, index = draw(st.sampled_from(RECORDS))
    return _edited(files, name, lambda d: d.pop(index)), False


def swap_records(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = draw(st.sampled_from([n for n in DATA_FILES if len(_parsed(n)) > 1]))
    i, j = draw(st.permutations(range(len(_parsed(name)))))[:2]

    def swap(d: list[Any]) -> None:
        d[i], d[j] = d[j], d[i]

    return _edited(files, name, swap), False


def duplicate_id(draw: Draw, files: Files) -> tuple[Files, bool]:
    (name, index), (other, at) = draw(st.lists(st.sampled_from(RECORDS), min_size=2, max_size=2, unique=True))
    taken = json.loads(files[other])[at]["id"]
    return _edited(files, name, lambda d: d[index].update(id=taken)), True


def break_reference(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = draw(st.sampled_from(REFERENCES))
    bad = draw(st.sampled_from(["no-such-record", "XX", "zz"]))
    change = (lambda d: _set(d, path, [bad])) if isinstance(_get(_parsed(name), path), list) else None
    return _edited(files, name, change or (lambda d: _set(d, path, bad))), True


def unknown_source(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = draw(st.sampled_from(SOURCES))
    return _edited(files, name, lambda d: _set(d, path, "no-such-source")), True


def empty_citations(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = draw(st.sampled_from(CITATIONS))
    return _edited(files, name, lambda d: _set(d, path, [])), True


def swap_dates(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path, (first, last) = draw(st.sampled_from(SPANS))
    span = _get(_parsed(name), path)
    start, end = azt.PartialDate.parse(span[first]), azt.PartialDate.parse(span[last])
    if start.earliest == end.latest:  # a one-day span swaps to itself
        return files, False
    return _edited(files, name, lambda d: _get(d, path).update({first: span[last], last: span[first]})), True


def impossible_date(draw: Draw, files: Files) -> tuple[Files, bool]:
    name, path = draw(st.sampled_from(DATES))
    bad = draw(
        st.sampled_from(
            [
                "2021-02-30",
                "2022-13",
                "2022-00",
                "0000",
                "22-05-01",
                "2022-5-1",
                "2022/05/01",
                "",
                " 2022",
                "２０２２",
            ]
        )
    )
    return _edited(files, name, lambda d: _set(d, path, bad)), True


def reformat(draw: Draw, files: Files) -> tuple[Files, bool]:
    """The same data written differently: must load equal to the original."""
    name = draw(st.sampled_from(DATA_FILES))
    document = json.loads(files[name])
    if draw(st.booleans()):
        document = [dict(reversed(record.items())) for record in document]
    text = json.dumps(
        document,
        indent=draw(st.sampled_from([None, 0, 1, 4, "\t"])),
        ensure_ascii=draw(st.booleans()),
        sort_keys=draw(st.booleans()),
    )
    return {**files, name: (text + draw(st.sampled_from(["", "\n", "  \r\n"]))).encode("utf-8")}, False


def _byte_file(draw: Draw) -> str:
    return draw(st.sampled_from([*DATA_FILES, "manifest.json"]))


def truncate(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = _byte_file(draw)
    return {**files, name: files[name][: draw(st.integers(0, len(files[name]) - 1))]}, False


def corrupt_bytes(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = _byte_file(draw)
    data = bytearray(files[name])
    for _ in range(draw(st.integers(1, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return {**files, name: bytes(data)}, False


def insert_or_delete_bytes(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = _byte_file(draw)
    data = files[name]
    at = draw(st.integers(0, len(data) - 1))
    if draw(st.booleans()):
        return {**files, name: data[:at] + draw(st.binary(min_size=1, max_size=6)) + data[at:]}, False
    return {**files, name: data[:at] + data[at + draw(st.integers(1, 6)) :]}, False


def duplicate_line(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = _byte_file(draw)
    lines = files[name].splitlines(keepends=True)
    at = draw(st.integers(0, len(lines) - 1))
    return {**files, name: b"".join([*lines[: at + 1], lines[at], *lines[at + 1 :]])}, False


def bad_encoding(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = _byte_file(draw)
    data = files[name]
    how = draw(st.sampled_from(["bom", "invalid byte", "utf-16", "utf-32"]))
    if how == "bom":
        return {**files, name: b"\xef\xbb\xbf" + data}, True
    if how == "invalid byte":
        at = draw(st.integers(0, len(data)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80"]))
        return {**files, name: data[:at] + bad + data[at:]}, True
    return {**files, name: data.decode("utf-8").encode(how)}, True


def deep_nesting(draw: Draw, files: Files) -> tuple[Files, bool]:
    if draw(st.booleans()):
        name, path = _any_spot(draw, files)
        nested: list[Any] = []
        for _ in range(draw(st.integers(1, 400))):
            nested = [nested]
        return _edited(files, name, lambda d: _set(d, path, nested)), True
    name = draw(st.sampled_from(DATA_FILES))
    depth = draw(st.sampled_from([1_000, 100_000]))
    return {**files, name: b"[" * depth + files[name] + b"]" * depth}, True


def mutate_manifest(draw: Draw, files: Files) -> tuple[Files, bool]:
    def change(manifest: dict[str, Any]) -> None:
        how = draw(st.sampled_from(["drop", "value", "hash", "unlisted", "listed", "version", "as_of"]))
        if how == "drop":
            manifest.pop(draw(st.sampled_from(sorted(manifest))))
        elif how == "value":
            manifest[draw(st.sampled_from(sorted(manifest)))] = draw(json_values)
        elif how == "hash":
            file = draw(st.sampled_from(DATA_FILES))
            manifest["files"][file] = draw(
                st.sampled_from(["", "0" * 64, manifest["files"][file].upper(), "abc"])
            )
        elif how == "unlisted":
            del manifest["files"][draw(st.sampled_from(DATA_FILES))]
        elif how == "listed":
            manifest["files"]["extra.json"] = "0" * 64
        elif how == "version":
            manifest["version"] = draw(st.sampled_from(["1.0.1", "1.0", "v1.0.0", "01.0.0"]))
        else:
            manifest["as_of"] = draw(st.sampled_from(["2022", "2023-01-31", "2022-02-29", "May 2022"]))

    return _edited(files, "manifest.json", change), False


def extra_file(draw: Draw, files: Files) -> tuple[Files, bool]:
    name = draw(st.sampled_from(["notes.json", "visits.json.json", "Visits.json", "corrections_old.json"]))
    return {**files, name: b"[]\n"}, True


def missing_file(draw: Draw, files: Files) -> tuple[Files, bool]:
    gone = draw(st.sampled_from([*DATA_FILES, "manifest.json"]))
    return {name: data for name, data in files.items() if name != gone}, True


MUTATIONS: dict[str, Callable[[Draw, Files], tuple[Files, bool]]] = {
    function.__name__.replace("_", " "): function
    for function in (
        drop_key,
        unknown_key,
        change_value,
        null_value,
        special_number,
        wrong_container,
        duplicate_record,
        drop_record,
        swap_records,
        duplicate_id,
        break_reference,
        unknown_source,
        empty_citations,
        swap_dates,
        impossible_date,
        reformat,
        truncate,
        corrupt_bytes,
        insert_or_delete_bytes,
        duplicate_line,
        bad_encoding,
        deep_nesting,
        mutate_manifest,
        extra_file,
        missing_file,
    )
}
RESEALED_ONLY = {"mutate manifest", "extra file", "missing file"}  # nothing to unseal


# The oracle ---------------------------------------------------------------------------------------


def _reseal(files: Files) -> Files:
    """Put the mutated files' SHA-256 sums into the manifest, so that mutations reach the parser."""
    try:
        manifest = json.loads(files["manifest.json"])
        listed = manifest["files"]
    except (KeyError, ValueError, TypeError):
        return files
    if not isinstance(listed, dict) or not any(files.get(name, b"") != FILES.get(name) for name in listed):
        return files  # only the manifest changed, or nothing: leave its bytes as mutated
    for name in listed:
        if name in files and name in FILES and files[name] != FILES[name]:
            listed[name] = hashlib.sha256(files[name]).hexdigest()
    return {**files, "manifest.json": canonical_json(manifest).encode("utf-8")}


def _expected(raw: Any, hint: Any) -> Any:
    """The JSON form a faithful load of `raw` (typed `hint`) must give back: defaults filled in."""
    args = typing.get_args(hint)
    if type(None) in args:
        return None if raw is None else _expected(raw, next(a for a in args if a is not type(None)))
    if typing.get_origin(hint) is tuple:
        return [_expected(item, args[0]) for item in raw]
    if attrs.has(hint) and hint is not azt.PartialDate:
        fields = attrs.fields(attrs.resolve_types(hint))
        return {
            f.name: _expected(raw[f.name], f.type) if f.name in raw else CONVERTER.unstructure(f.default)
            for f in fields
        }
    return raw


def _says_what_its_files_say(ds: azt.Dataset, files: Files) -> None:
    manifest = json.loads(files["manifest.json"])
    assert (ds.version, str(ds.as_of)) == (manifest["version"], manifest["as_of"])
    for name, kind in KINDS.items():
        records = ds.collection(name.removesuffix(".json"))
        written = _expected(json.loads(files[name]), tuple[kind, ...]) if name in files else []  # type: ignore[valid-type]
        loaded = CONVERTER.unstructure(records, tuple[kind, ...])  # type: ignore[valid-type]
        assert json.dumps(loaded, sort_keys=True) == json.dumps(written, sort_keys=True), name


def _try(kind: str, files: Files, must_fail: bool, sealed: bool = True) -> tuple[str, tuple[str, ...]]:
    """Write `files` to a fresh folder, load it and check the outcome: (outcome, problems)."""
    problems: tuple[str, ...] = ()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / VERSION
        folder.mkdir()
        for name, data in files.items():
            (folder / name).write_bytes(data)
        try:
            ds = azt.load_folder(folder)
        except azt.DataError as error:
            assert str(error).startswith(f"data folder {folder}: ")
            assert error.problems and all(p and "\n" not in p for p in error.problems)
            note(f"refused: {error.problems}")
            outcome, problems = "refused", error.problems
        else:
            assert not must_fail, f"{kind}: a mutation that must be refused loaded"
            _says_what_its_files_say(ds, files)
            outcome = "loaded, equal" if ds == ORIGINAL else "loaded, as written"
    COUNTS[("sealed" if sealed else "unsealed") + f" {kind}", outcome] += 1
    event(f"{kind}: {outcome}")
    return outcome, problems


FUZZ = settings(
    max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("kind", MUTATIONS)
@FUZZ
@given(data=st.data())
def test_mutated_data_loads_as_written_or_is_refused(kind: str, data: st.DataObject) -> None:
    files, must_fail = MUTATIONS[kind](data.draw, dict(FILES))
    outcome, _ = _try(kind, _reseal(files), must_fail and files != FILES)
    if kind == "reformat":
        assert outcome == "loaded, equal"


@pytest.mark.parametrize("kind", [kind for kind in MUTATIONS if kind not in RESEALED_ONLY])
@FUZZ
@given(data=st.data())
def test_unsealed_mutations_are_refused_by_the_checksum(kind: str, data: st.DataObject) -> None:
    files, _ = MUTATIONS[kind](data.draw, dict(FILES))
    changed = sorted(name for name in files if files[name] != FILES[name])
    if changed == ["manifest.json"]:
        return  # the manifest is what holds the sums: mutate_manifest and the sealed tests cover it
    outcome, problems = _try(kind, files, must_fail=bool(changed), sealed=False)
    if changed:
        assert outcome == "refused"
        tampered = [p.split(":")[0] for p in problems if "do not match the SHA-256" in p]
        assert tampered == changed, problems


def test_the_unmutated_copy_loads_equal(tmp_path: Path) -> None:
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    ds = azt.load_folder(tmp_path)
    assert ds == ORIGINAL
    _says_what_its_files_say(ds, FILES)


@pytest.fixture(scope="module", autouse=True)
def _summary(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many mutated inputs were tried, by kind and outcome (past output capturing)."""
    yield
    if not COUNTS:
        return
    outcomes = ["refused", "loaded, as written", "loaded, equal"]
    lines = [f"fuzzing the loader: {sum(COUNTS.values())} mutated inputs", f"  {'kind':<38}"]
    lines[1] += "".join(f"{outcome:>20}" for outcome in outcomes)
    for kind in sorted({kind for kind, _ in COUNTS}):
        lines.append(f"  {kind:<38}" + "".join(f"{COUNTS[kind, outcome]:>20}" for outcome in outcomes))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print("\n" + "\n".join(lines))
