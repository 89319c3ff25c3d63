"""The az_tr_relations benchmark suite: cold start, load() at scale, queries against baselines.

    python benchmarks/run.py            # full run (sizes 10k, 100k, 1M; about 10-15 minutes)
    python benchmarks/run.py --quick    # smaller run (sizes 10k, 100k; a few minutes)

Every number is a median over repeated runs. The Markdown table goes to stdout and to
benchmarks/results.md (or --out). pandas, duckdb, holidays and pycountry are optional: a
comparison whose package is missing is skipped with a note. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import hashlib
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import synthetic

import az_tr_relations as azt
from az_tr_relations import Citation, PartialDate, Role, Visit, VisitKind, _loader
from az_tr_relations._build import Builder
from az_tr_relations._converter import CONVERTER
from az_tr_relations._index import paused_gc

HERE = Path(__file__).parent

COLD: dict[str, list[str]] = {
    "python -c pass (interpreter)": ["-c", "pass"],
    "import attrs, cattrs, pendulum (dependency floor)": ["-c", "import attrs, cattrs, pendulum"],
    "import az_tr_relations": ["-c", "import az_tr_relations"],
    "import az_tr_relations; azt.load()": ["-c", "import az_tr_relations as azt; azt.load()"],
    "az-tr-relations versions": ["az-tr-relations", "versions"],
    "az-tr-relations --help": ["az-tr-relations", "--help"],
    "import holidays; holidays.TR(years=2022) (peer)": ["-c", "import holidays; holidays.TR(years=2022)"],
    'import pycountry; countries.get(alpha_2="TR") (peer)': [
        "-c",
        'import pycountry; pycountry.countries.get(alpha_2="TR")',
    ],
}
"""Cold commands: arguments to the installed interpreter, or a console script and its arguments."""

TARGETS = (
    ("import az_tr_relations; azt.load()", "import attrs, cattrs, pendulum (dependency floor)", 1.0),
    ("import az_tr_relations", "python -c pass (interpreter)", 5.0),
    ("az-tr-relations versions", "import az_tr_relations", 1.2),
    ("az-tr-relations --help", "import az_tr_relations", 1.2),
)
"""(command, reference, the most it may cost as a multiple of the reference)."""

# Run in a fresh interpreter: import the package and report any data file opened and the cache.
NO_DATA_WORK = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
import az_tr_relations
from az_tr_relations import _loader
data = [p for p in opened if "az_tr_relations" in p and p.endswith(".json")]
print(len(data), len(_loader._CACHE))
"""


class Report:
    """Rows of Markdown tables, printed as they come and written at the end."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def section(self, title: str, header: tuple[str, ...]) -> None:
        self.emit("", f"### {title}", "", "| " + " | ".join(header) + " |", "|" + " --- |" * len(header))

    def row(self, *cells: object) -> None:
        self.emit("| " + " | ".join(str(cell) for cell in cells) + " |")

    def note(self, text: str) -> None:
        self.emit("", text)

    def emit(self, *lines: str) -> None:
        for line in lines:
            print(line, flush=True)
            self.lines.append(line)


def fmt(seconds: float) -> str:
    """A duration with a unit that keeps three significant digits."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def median_of(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls of `fn` (for calls of a millisecond or more)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_call(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median time per call of a fast `fn`, timeit-style (auto-ranged loops)."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    number = max(1, number // 4)
    return statistics.median(t / number for t in timer.repeat(repeat=repeat, number=number))


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = ", ".join(
        f"{name} {_installed(name)}" for name in ("attrs", "cattrs", "pendulum", "pandas", "duckdb")
    )
    return (
        f"{platform.machine()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"az_tr_relations {azt.__version__} ({versions}), "
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"
    )


def _installed(name: str) -> str:
    """The installed version of distribution `name`, or "not installed"."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def has(module: str) -> bool:
    """Whether `module` is importable in the benchmark interpreter (without importing it here)."""
    probe = [sys.executable, "-c", f"import {module}"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


# Cold start ---------------------------------------------------------------------------------------


def installed_package(tmp: Path) -> Path:
    """A fresh virtual environment with the package installed from a wheel built from this source
    tree (byte-compiled by pip, as a user gets it; never an editable install); its bin folder."""
    root = HERE.parent
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp / "dist"), str(root)],
        check=True,
        capture_output=True,
    )
    subprocess.run([sys.executable, "-m", "venv", str(tmp / "venv")], check=True)
    bin_dir = tmp / "venv" / ("Scripts" if os.name == "nt" else "bin")
    wheel = next((tmp / "dist").glob("*.whl"))
    extras = [name for name in ("holidays", "pycountry") if has(name)]
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel), *extras],
        check=True,
        capture_output=True,
    )
    return bin_dir


def cold_start(report: Report, runs: int) -> None:
    """Cold process times of the installed package, interleaved, with the targets as medians of
    per-round ratios (a round runs every command once, so drift hits each alike)."""
    with tempfile.TemporaryDirectory(prefix="az-tr-cold-") as tmp:
        bin_dir = installed_package(Path(tmp))
        python = str(bin_dir / "python")
        has_module = {
            name: subprocess.run([python, "-c", f"import {name}"], capture_output=True).returncode == 0
            for name in ("holidays", "pycountry")
        }
        commands = {
            label: ([str(bin_dir / args[0]), *args[1:]] if args[0] != "-c" else [python, *args])
            for label, args in COLD.items()
            if not any(name in label and not found for name, found in has_module.items())
        }
        env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
        for argv in commands.values():  # warm the OS file cache (bytecode is already compiled)
            subprocess.run(argv, env=env, cwd=tmp, check=True, capture_output=True)
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, argv in commands.items():
                start = time.perf_counter()
                subprocess.run(argv, env=env, cwd=tmp, check=True, capture_output=True)
                times[label].append(time.perf_counter() - start)
        opened = subprocess.run(
            [python, "-c", NO_DATA_WORK], env=env, cwd=tmp, check=True, capture_output=True, text=True
        ).stdout.split()
    report.section(
        f"Cold process time, installed wheel (median of {runs} interleaved runs)",
        ("command", "median", "min"),
    )
    for label, values in times.items():
        report.row(f"`{label}`", fmt(statistics.median(values)), fmt(min(values)))
    report.section(
        "Cold-start targets (median of per-round ratios)", ("command", "vs", "ratio", "target", "met")
    )
    for label, reference, target in TARGETS:
        ratio = statistics.median(a / b for a, b in zip(times[label], times[reference], strict=True))
        report.row(
            f"`{label}`",
            f"`{reference}`",
            f"{ratio:.2f}×",
            f"≤ {target}×",
            "yes" if ratio <= target else "no",
        )
    for name, found in has_module.items():
        if not found:
            report.note(f"{name} is not installed: its peer row is skipped.")
    report.note(
        f"`import az_tr_relations` alone opened {opened[0]} data files and left {opened[1]} datasets in the "
        "loader cache: loading is lazy, `load()` does the data work."
    )


# Warm load ----------------------------------------------------------------------------------------


def hand_written_visits(raw: list[dict[str, Any]]) -> list[Visit]:
    """The same Visit records from the same dicts, by a loop written for this one type."""
    parse = PartialDate.parse
    return [
        Visit(
            id=d["id"],
            visitor=d["visitor"],
            office=Role(d["office"]),
            origin=d["origin"],
            host=d["host"],
            place=d["place"],
            start=parse(d["start"]),
            end=None if d["end"] is None else parse(d["end"]),
            kind=VisitKind(d["kind"]),
            occasion=d["occasion"],
            citations=tuple(
                Citation(
                    source=c["source"],
                    locator=c["locator"],
                    inferred=c["inferred"],
                    fields=tuple(c["fields"]),
                    note=c["note"],
                )
                for c in d["citations"]
            ),
        )
        for d in raw
    ]


def warm_load(report: Report, folders: dict[int, Path], repeat: dict[int, int]) -> dict[int, azt.Dataset]:
    report.section(
        "load() in a warm process (median)",
        (
            "records",
            "runs",
            "load()",
            "per record",
            "read + hash + parse JSON",
            "per record",
            "build records",
            "Dataset() (checks + indexes)",
            "build visits",
            "hand-written loop, visits",
            "ratio",
            "memory per record",
        ),
    )

    def shipped() -> azt.Dataset:
        _loader._CACHE.clear()
        return azt.load()

    total = median_of(shipped, 21)
    count = len(shipped())
    report.row(f"{count} (shipped {azt.LATEST})", 21, fmt(total), fmt(total / count), *[""] * 8)
    datasets = {}
    for size, folder in folders.items():
        times: dict[str, list[float]] = {}
        for _ in range(repeat[size]):
            for phase, seconds in load_phases(folder).items():
                times.setdefault(phase, []).append(seconds)
        median = {phase: statistics.median(values) for phase, values in times.items()}
        datasets[size], per_record = loaded_memory(folder)
        records = len(datasets[size])
        report.row(
            f"{records:,}",
            repeat[size],
            fmt(median["load"]),
            fmt(median["load"] / records),
            fmt(median["parse"]),
            fmt(median["parse"] / records),
            fmt(median["structure"]),
            fmt(median["dataset"]),
            fmt(median["visits"]),
            fmt(median["hand"]),
            f"{median['visits'] / median['hand']:.2f}×",
            f"{per_record:.0f} B",
        )
    report.note(
        "The phases are the steps of `load()` done one by one: reading, hashing and parsing every file; "
        "building the records (the loader's fast path, which checks every JSON type and runs every "
        "record's validators); `Dataset()` (the checks that need the whole dataset, and the indexes). "
        "*ratio*: building the visits that way vs a hand-written loop that builds the same Visit records "
        "from the same dicts (validators included). *memory*: what a loaded dataset holds "
        "(tracemalloc), indexes included, per record."
    )
    return datasets


def load_phases(folder: Path) -> dict[str, float]:
    """One timed `load_folder`, then the same steps one at a time, and the hand-written loop."""
    gc.collect()
    clock = time.perf_counter
    start = clock()
    azt.load_folder(folder)
    times = {"load": clock() - start}
    gc.collect()
    raw = {}
    start = clock()
    with paused_gc():  # as the loader does
        for name in azt.COLLECTIONS:
            path = folder / f"{name}.json"
            if path.exists():
                blob = path.read_bytes()
                hashlib.sha256(blob).hexdigest()
                raw[name] = json.loads(blob.decode("utf-8"))
    times["parse"] = clock() - start
    records: dict[str, Any] = {}
    builder = Builder()
    start = clock()
    with paused_gc():
        for name, items in raw.items():
            began = clock()
            records[name] = builder.records(azt.COLLECTIONS[name], items)
            if name == "visits":
                times["visits"] = clock() - began
    times["structure"] = clock() - start
    start = clock()
    azt.Dataset(version="bench", **records)
    times["dataset"] = clock() - start
    del records
    gc.collect()
    start = clock()
    with paused_gc():
        hand = hand_written_visits(raw["visits"])
    times["hand"] = clock() - start
    assert tuple(hand[:1000]) == CONVERTER.structure(raw["visits"][:1000], tuple[Visit, ...])
    return times


def loaded_memory(folder: Path) -> tuple[azt.Dataset, float]:
    """A dataset loaded from `folder`, and the bytes it holds per record (tracemalloc; caches warm)."""
    azt.load_folder(folder)  # the shared caches (dates, interned names) are filled before measuring
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    ds = azt.load_folder(folder)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return ds, (after - before) / len(ds)


# Queries -----------------------------------------------------------------------------------------


Case = tuple[str, Callable[[], Any], Callable[[], Any], Callable[[], Any] | None, Callable[[], Any] | None]


def query_cases(ds: azt.Dataset, pd: Any, duckdb: Any) -> list[Case]:
    """(label, ours, linear scan, pandas mask, DuckDB) for each query on `ds`."""
    visits = ds.visits
    firsts = [v.start.sort_key()[0] for v in visits]
    lasts = [(v.end or v.start)._last_day() for v in visits]
    frame = missions = con = None
    if pd is not None:
        frame = pd.DataFrame(
            {"id": [v.id for v in visits], "first": firsts, "last": lasts, "host": [v.host for v in visits]}
        )
        missions = pd.DataFrame(
            {"id": [m.id for m in ds.missions], "receiving": [m.receiving for m in ds.missions]}
        )
        if duckdb is not None:
            con = duckdb.connect()  # tables of its own (not scans of the frames), as a database holds them
            for name, table in (("visits", frame), ("missions", missions)):
                con.register("frame", table)
                con.execute(f"create table {name} as select * from frame")
                con.unregister("frame")
    span = max(lasts) - min(firsts)
    day = datetime.date(1960, 6, 1).toordinal()
    cases: list[Case] = []
    for label, days in (("narrow", max(0, round(10 * span / len(visits)) - 1)), ("wide 1%", span // 100)):
        lo, hi = day, day + days
        start, end = datetime.date.fromordinal(lo).isoformat(), datetime.date.fromordinal(hi).isoformat()
        cases.append(
            (
                f"visits_between, {label} ({days + 1} day{'s' if days else ''})",
                functools.partial(ds.visits_between, start, end),
                functools.partial(scan_between, visits, firsts, lasts, lo, hi),
                None if frame is None else functools.partial(mask_between, frame, lo, hi),
                None
                if con is None
                else functools.partial(
                    sql, con, "select * from visits where first >= ? and last <= ?", lo, hi
                ),
            )
        )
    country = ds.countries[3].id
    cases.append(
        (
            "missions_in",
            functools.partial(ds.missions_in, country),
            lambda: [m for m in ds.missions if m.receiving == country],
            None if missions is None else lambda: missions[missions["receiving"] == country],
            None
            if con is None
            else functools.partial(sql, con, "select * from missions where receiving = ?", country),
        )
    )
    wanted = visits[len(visits) // 2].id
    cases.append(
        (
            "get",
            functools.partial(ds.get, wanted),
            lambda: next(v for v in visits if v.id == wanted),
            None if frame is None else lambda: frame[frame["id"] == wanted],
            None if con is None else functools.partial(sql, con, "select * from visits where id = ?", wanted),
        )
    )
    return cases


def scan_between(visits: Any, firsts: list[int], lasts: list[int], lo: int, hi: int) -> list[Visit]:
    return [v for v, a, b in zip(visits, firsts, lasts, strict=True) if a >= lo and b <= hi]


def mask_between(frame: Any, lo: int, hi: int) -> Any:
    return frame[(frame["first"] >= lo) & (frame["last"] <= hi)]


def sql(con: Any, query: str, *params: object) -> list[Any]:
    return list(con.execute(query, list(params)).fetchall())


def queries(report: Report, datasets: dict[int, azt.Dataset]) -> None:
    try:
        import pandas as pd
    except ImportError:
        pd = None
    try:
        import duckdb
    except ImportError:
        duckdb = None
    report.section(
        "Queries (median time per call)",
        ("records", "query", "rows", "az_tr_relations", "linear scan", "pandas mask", "DuckDB", "vs pandas"),
    )
    for ds in datasets.values():
        for label, ours, scan, mask, query in query_cases(ds, pd, duckdb):
            result = ours()
            rows = len(result) if hasattr(result, "__len__") else 1
            mine = per_call(ours)
            theirs = [None if fn is None else per_call(fn, repeat=5) for fn in (scan, mask, query)]
            cells = ["n/a" if t is None else fmt(t) for t in theirs]
            ratio = "n/a" if theirs[1] is None else f"{theirs[1] / mine:,.0f}× faster"
            report.row(f"{len(ds):,}", label, rows, fmt(mine), *cells, ratio)
    if pd is None or duckdb is None:
        report.note("pandas and/or duckdb are not installed: their columns show n/a.")
    report.note(
        "Targets: a narrow `visits_between` on 1,000,000 records in at most 5 µs, including parsing its "
        "arguments, and at least 500× faster than the pandas mask."
    )
    report.note(
        "The linear scan runs over precomputed day ordinals (no date objects made per row); the pandas "
        "mask and the DuckDB query (an in-memory table) run over the same rows as integer columns, built "
        "once beforehand. az_tr_relations takes ISO strings and parses them in every call."
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="sizes 10k and 100k, fewer repeats")
    parser.add_argument("--out", type=Path, default=HERE / "results.md", help="where to write the table")
    args = parser.parse_args()
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    repeat = {10_000: 5, 100_000: 3, 1_000_000: 2} if not args.quick else {10_000: 3, 100_000: 3}
    report = Report()
    report.emit(f"## Benchmark results{' (--quick)' if args.quick else ''}", "", f"Machine: {machine()}.")
    cold_start(report, runs=9 if args.quick else 21)
    with tempfile.TemporaryDirectory(prefix="az-tr-bench-") as tmp:
        folders = {}
        for size in sizes:
            folders[size] = Path(tmp) / str(size)
            synthetic.write_folder(folders[size], synthetic.collections(size))
        datasets = warm_load(report, folders, repeat)
        queries(report, datasets)
    args.out.write_text("\n".join(report.lines).lstrip() + "\n", encoding="utf-8")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
