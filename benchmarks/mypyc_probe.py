"""What compiling the hottest analysis modules with mypyc gains: a probe, not a build.

The thirty-fifth session measured it (``docs/benchmarks-history.md``): the 40 modules where cProfile puts the most
Python-level time (about 80% of the analysis modules' own time; listed in ``HOT`` below), then the 121 hottest
(about 90%), then those and ``labourlens.model``, compiled with mypyc 2.4 at ``-O3`` into a folder outside the
sources and loaded ahead of the ``.py`` files by an import hook. ``benchmarks/analyse.py``, compiled against pure,
alternating, twice each: warm 30.7 and 30.2 documents per second against 28.4 and 28.5 pure (40 modules), 31.0 and
32.3 against 28.6 and 28.6 (121 modules), 32.1 and 32.4 against 29.8 (with the model); first sight 21.2 to 23.9
against 20.7 to 23.1; a gain of 1.07 to 1.11 times, far from the 1.3 that would pay for a compiled build (so
none is shipped). Attribution, a third of the time, gains least (11.7 to 10.5 ms a document): its code is calls on
regex matches, strings and dicts, which compiled code makes through the same C functions as the interpreter does.
Output identical on every gold set (``labourlens eval`` scores equal to the pure tree's; 6,969 documents analysed
without an error). Start-up 1.1 to 1.3 s of CPU against 1.2 to 1.5 pure; peak memory 345 to 362 MB against 336
to 356; build 2.8 to 3.8 minutes on two cores (12 MB of extension modules for 40, 19 MB for 121).

mypyc refused or broke five modules as they stand; each took a small rewrite with the same output, which this
probe applies to its own copy of the sources only (``REWRITES``): ``x in (..., *NAMES)`` in a condition (an
internal mypyc error), a local whose type mypyc infers as ``None``, a local reused with another type, ``frozenset
& dict.keys()`` (a ``set`` at run time where the annotation says ``frozenset``: a ``TypeError`` in compiled code)
and ``a, b = None, a`` with ``a`` narrowed to ``str`` (a ``TypeError`` on reposted stories). Compiled code checks
every annotation at run time, so an annotation that is wrong only on a rare path fails there: the reason a compiled
build would need every gold set run through it after any change.

Run (about ten minutes; needs gcc and the Python headers): ``.venv/bin/python benchmarks/mypyc_probe.py
[--modules a,b,...] [--work DIR]``. It copies ``src`` to a scratch folder (a temporary one by default), compiles
there and never writes next to the repository's sources (Python imports an extension module before a ``.py`` of
the same name: a stale one in ``src`` would hide every later edit).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# the 40 analysis modules with the most Python-level time under cProfile (session 35, benchmark corpus and gold docs)
HOT = (
    "indicators gated indicator_model mentions places claims registry hedges attribution entities sentences "
    "mention_shapes dates money forum_posts meta attribution_shapes2 indicator_polarity claim_filters interviewees "
    "speaker_voices relay_chains mastheads worktime speaker_cues paper_names quoted_names interview_frame "
    "definite_backrefs indicator_negation source_refs speakers study_voices cue_readings quantified_denials "
    "speaker_repairs single_quotes place_rules outlet_fuller source_backrefs"
).split()

# module -> (old, new) rewrites with the same output that mypyc needs (applied to the probe's copy only)
REWRITES: dict[str, list[tuple[str, str]]] = {
    "mentions": [
        ('if low in ("they", "we", "us", "them", "you", *FREE_RELATIVES) or',
         'if low in ("they", "we", "us", "them", "you") or low in FREE_RELATIVES or'),
        ('inner.wording.lower() not in ("i", "we", *FREE_RELATIVES) and',
         'inner.wording.lower() not in ("i", "we") and inner.wording.lower() not in FREE_RELATIVES and'),
    ],
    "speakers": [("    noun = _noun_kind(head) if not personal",
                  "    noun: tuple[str, str] | None = _noun_kind(head) if not personal")],
    "dates": [("sorted(words & _ANCHORS.keys())", "sorted(words.intersection(_ANCHORS))")],
    "forum_posts": [("            poster, reposter = None, poster  #",
                     "            reposter = poster\n            poster = None  #")],
    "full_durations": [
        ('        n = _n(m.group("n"))\n        span = n + 2.0 * ((n + 4) // 5)',
         '        days_n = _n(m.group("n"))\n        span = days_n + 2.0 * ((days_n + 4) // 5)'),
        ('(n * 0.9, span) if q in ("nearly", "almost") else (float(n), span',
         '(days_n * 0.9, span) if q in ("nearly", "almost") else (float(days_n), span'),
    ],
}

SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="probe", packages=[], ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3", multi_file=True,
      group_name="labourlens_probe"))
"""

CHILD = """
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from importlib.util import spec_from_file_location
from pathlib import Path
compiled = sys.argv[1]
if compiled != "-":
    suffix = EXTENSION_SUFFIXES[0]
    found = {str(p.relative_to(compiled))[: -len(suffix)].replace("/", "."): str(p)
             for p in Path(compiled).rglob("*" + suffix)}
    class Finder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            so = found.get(name)
            return None if so is None else spec_from_file_location(name, so, loader=ExtensionFileLoader(name, so))
    sys.meta_path.insert(0, Finder)
sys.path.insert(0, sys.argv[2])
import analyse as bench
from labourlens.analyse.pipeline import analyse
import hashlib, json
docs = bench.deal_docs(bench.corpus_paragraphs())
first = bench.first_sight_rate(analyse, docs)
warm = bench.cpu_rate(lambda d: analyse(d, bench.META), docs, 3)
digest = hashlib.sha256()
for d in docs:
    digest.update(json.dumps(analyse(d, dict(bench.META)).to_dict(), sort_keys=True, default=str).encode())
import labourlens.analyse.indicators as probe_module
print(json.dumps({"warm": warm, "first": first, "digest": digest.hexdigest(), "file": probe_module.__file__}))
"""


def prepare(work: Path, modules: list[str]) -> list[str]:
    """Copy ``src`` into ``work`` and apply the rewrites of the chosen modules; the modules whose rewrite no longer
    applies (their source changed) are left out."""
    if (work / "src").exists():
        shutil.rmtree(work / "src")
    shutil.copytree(ROOT / "src", work / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", work / "pyproject.toml")  # (mypy's settings)
    kept = []
    for name in modules:
        path = work / "src" / "labourlens" / "analyse" / f"{name}.py"
        ok = path.exists()
        text = path.read_text(encoding="utf-8") if ok else ""
        for old, new in REWRITES.get(name, []):
            ok = ok and old in text
            text = text.replace(old, new)
        if ok:
            path.write_text(text, encoding="utf-8")
            kept.append(name)
        else:
            print(f"left pure (its rewrite no longer applies): {name}")
    return kept


def measure(work: Path, compiled: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(work / "src")}
    out = subprocess.run([sys.executable, "-c", CHILD, compiled, str(ROOT / "benchmarks")], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules", help="comma-separated analysis modules to compile (default: the 40 in HOT)")
    ap.add_argument("--work", help="scratch folder (default: a temporary one, removed afterwards)")
    args = ap.parse_args(argv)
    if shutil.which("gcc") is None or not (Path(sys.executable).parent / "mypyc").exists():
        print("needs gcc and mypyc (pip install mypy)")
        return 0
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="labourlens-mypyc-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        modules = prepare(work, args.modules.split(",") if args.modules else list(HOT))
        paths = ",".join(f"src/labourlens/analyse/{m}.py" for m in modules)
        t0 = time.perf_counter()
        build = subprocess.run([sys.executable, "-c", SETUP, paths, "build_ext", "--build-lib", "compiled", "-j", "2"],
                               cwd=work, capture_output=True, text=True)
        if build.returncode:
            print(build.stdout[-3000:], build.stderr[-3000:])
            return 1
        print(f"compiled {len(modules)} modules in {time.perf_counter() - t0:.0f} s")
        runs: dict[str, list[dict[str, object]]] = {"pure": [], "compiled": []}
        for _ in range(2):  # alternating, twice each
            runs["pure"].append(measure(work, "-"))
            runs["compiled"].append(measure(work, str(work / "compiled")))
        for label, results in runs.items():
            rates = ", ".join(f"{r['warm']:.1f} warm / {r['first']:.1f} first sight" for r in results)
            print(f"{label:9s} {rates}   ({Path(str(results[0]['file'])).name})")
        ratio = sum(float(str(r["warm"])) for r in runs["compiled"]) / sum(float(str(r["warm"])) for r in runs["pure"])
        same = len({r["digest"] for rs in runs.values() for r in rs}) == 1
        print(f"compiled/pure (warm): {ratio:.2f}x; output {'identical' if same else 'DIFFERS'}")
        print("modules:", ",".join(modules))
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
