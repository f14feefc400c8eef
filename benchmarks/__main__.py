"""Run the benchmarks: ``python -m benchmarks [name …]`` (``make bench`` runs them all).

Each ``benchmarks/bench_<name>.py`` defines ``main(output: Path) -> list[dict]``
and prints its own table; the rows of every benchmark are also written to
``bench_output/<name>.json`` and summarised in ``bench_output/summary.md``.
A row says what was measured, the seconds (or other unit) for Place Insight
and for the peer in the same run, their ratio, and the bar it must meet.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench_output"


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def discover(names: list[str]) -> list[str]:
    found = sorted(p.stem[len("bench_") :] for p in Path(__file__).parent.glob("bench_*.py"))
    if names:
        unknown = [n for n in names if n not in found]
        if unknown:
            sys.exit(f"unknown benchmarks {unknown}; known: {found}")
        return names
    return found


def format_rows(rows: list[dict]) -> str:
    lines = ["| benchmark | case | Place Insight | peer | ratio | bar | met |", "|---|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(
            f"| {row.get('benchmark', '')} | {row.get('case', '')} | {row.get('ours', '')} | {row.get('peer', '')} "
            f"| {row.get('ratio', '')} | {row.get('bar', '')} | {row.get('met', '')} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import register_package  # the repository as the package place_insight

    register_package()
    OUTPUT.mkdir(exist_ok=True)
    all_rows = []
    started = time.time()
    for name in discover(argv):
        print(f"\n=== benchmark {name} ({machine()}) ===", flush=True)
        module = importlib.import_module(f"benchmarks.bench_{name}")
        rows = module.main(OUTPUT)
        for row in rows:
            row.setdefault("benchmark", name)
        (OUTPUT / f"{name}.json").write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
        all_rows.extend(rows)
    summary = f"# Benchmarks ({machine()}, {time.time() - started:.0f} s)\n\n{format_rows(all_rows)}\n"
    (OUTPUT / "summary.md").write_text(summary, encoding="utf-8")
    print("\n" + summary)
    print(f"Results: {OUTPUT}/")
    failed = [r for r in all_rows if r.get("met") is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
