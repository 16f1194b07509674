"""Every field the JSON of redraft prints is documented, and every field a table documents is
printed: runs diff, report, assess, timeline, log, blame, check and show with --format json on
the Rutte history (a store, with and without its configuration) and the assessment fixtures,
collects each schema's field names, and looks for each one, in backquotes, in the part of the
docs that describes that schema. Then each field's kind and values against what the docs give
(kinds.py), and every value the docs list for a field (an `op`, a change kind, a block kind) must
be printed by some run: the diff fixtures, a check of each assessment fixture with every kind as
a gate, a Markdown file with every kind of block. Prints the schemas checked and every
mismatch."""
import json
import os
import kinds
import re
import shutil
import subprocess
import sys

REDRAFT = os.environ["REDRAFT"]
ROOT = os.environ["ROOT"]
FIXTURES = os.path.join(ROOT, "fixtures")


def section(doc, start, end=None):
    """The text of docs/DOC from the line starting with `start` up to the next line starting
    with `end` (default: the next heading of the same level)."""
    text = open(os.path.join(ROOT, "docs", doc), encoding="utf-8").read()
    at = 0 if text.startswith(start) else text.index("\n" + start) + 1
    if end is None:
        end = start.split(" ")[0] + " "
    stop = text.find("\n" + end, at + len(start))
    return text[at:] if stop < 0 else text[at:stop]


DIFF_DOC = section("json.md", "# JSON output", "## Other JSON documents") + section(
    "assessment.md", "## JSON", "`redraft assess --format json`")
OLD_NEW = section("json.md", "## `old` and `new`")
DOCS = {
    "redraft.diff/1": DIFF_DOC,
    "redraft.check/1": section("json.md", "## redraft.check/1") + OLD_NEW,
    "redraft.timeline/1": section("json.md", "## redraft.timeline/1"),
    "redraft.blame/1": section("json.md", "## redraft.blame/1"),
    "redraft.structure/1": section("json.md", "## redraft.structure/1"),
    "redraft.assess/1": section("assessment.md", "`redraft assess --format json`", "## ") + OLD_NEW,
    "redraft.log/1": section("cli.md", "## log"),
}
# Objects whose keys are data (dimension names, change kinds), not fields.
MAPS = {"dimensions", "attributed", "scores", "cue_counts", "max_shift", "changes"}
# Fields only some inputs print (a damaged store, a pronoun holder, ...): not required in the
# output of these fixtures.
CONDITIONAL = {"damage", "history_cut", "referents"}


def fields(value, into, parent=""):
    if isinstance(value, dict):
        for key, item in value.items():
            if parent not in MAPS:
                into.add(key)
            # steps[].changes is kind -> count, a change list's entries are objects
            fields(item, into, key if isinstance(item, dict) else "")
    elif isinstance(value, list):
        for item in value:
            fields(item, into, "")


def run(args, cwd):
    out = subprocess.run([REDRAFT] + args + ["--format", "json"], cwd=cwd,
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"redraft {' '.join(args)}: exit {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


printed = {schema: set() for schema in DOCS}


complaints = []


def collect(document):
    fields(document, printed[document["schema"]])
    for complaint in kinds.check(document):
        if complaint not in complaints:
            complaints.append(complaint)


store = os.path.abspath("store")
rutte = os.path.join(FIXTURES, "rutte")
for configured in (True, False):
    shutil.rmtree(store, ignore_errors=True)
    os.makedirs(store)
    subprocess.run([REDRAFT, "init"], cwd=store, check=True, capture_output=True)
    if configured:
        for name in ("redraft.toml", "russia_stance.tsv"):
            shutil.copy(os.path.join(rutte, name), store)
    for n in range(1, 8):
        shutil.copy(os.path.join(rutte, f"r{n}.txt"), os.path.join(store, "essay.txt"))
        label = ["--label", "appointed"] if n == 3 else []
        subprocess.run([REDRAFT, "commit", "essay.txt", "-m", f"r{n}",
                        "--date", f"2024-0{n}-01"] + label, cwd=store, check=True,
                       capture_output=True)
    for n in range(1, 7):
        collect(run(["diff", str(n), str(n + 1)], store))
    collect(run(["report", "4", "5"], store))
    collect(run(["assess", "5"], store))
    collect(run(["timeline"], store))
    collect(run(["log"], store))
    collect(run(["blame"], store))
    collect(run(["check", "4", "6", "--max-shift", "favorability=0", "--fail-on",
                 "number_changed,claim_added", "--require-label"], store))
    collect(run(["show", "essay.txt"], store))
    collect(run(["show", "3", "--structure"], store))
for case in sorted(os.listdir(os.path.join(FIXTURES, "assessment"))):
    folder = os.path.join(FIXTURES, "assessment", case)
    if os.path.isdir(folder):
        config = ["--config", os.path.join(rutte, "redraft.toml")]
        collect(run(["diff", os.path.join(folder, "old.txt"), os.path.join(folder, "new.txt")]
                    + config, "."))
        collect(run(["assess", os.path.join(folder, "new.txt")] + config, "."))
        # Every kind a gate can name, so that each kind the fixtures show is a failure's kind.
        collect(run(["check", os.path.join(folder, "old.txt"), os.path.join(folder, "new.txt"),
                     "--fail-on", ",".join(kinds.KINDS)] + config, "."))
# Every kind of block `show` reads in Markdown.
with open("blocks.md", "w", encoding="utf-8") as blocks:
    blocks.write("# Title\n\nA paragraph. Two sentences.\n\n> A quoted view.\n\n- an item\n\n"
                 "```\ncode\n```\n")
collect(run(["show", "blocks.md"], "."))

# The diff's structure alone on every case of fixtures/diff: splits, merges, moves.
for case in sorted(os.listdir(os.path.join(FIXTURES, "diff"))):
    folder = os.path.join(FIXTURES, "diff", case)
    if os.path.isfile(os.path.join(folder, "old.txt")):
        collect(run(["diff", os.path.join(folder, "old.txt"), os.path.join(folder, "new.txt"),
                     "--no-assessment"], "."))

PATH = re.compile(r"[a-z_]+(\[\])?(\.[a-z_]+(\[\])?)*")


def named(text):
    """The field names a piece of the docs writes in backquotes: `words.inserted`,
    `claims[]`, `schema: ...`, and the quoted keys of a JSON sketch (`{"schema": ..., "source"}`)."""
    names = set()
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # examples, not field names
    for span in re.findall(r"`([^`]+)`", text):
        if PATH.fullmatch(span):
            names.update(re.findall(r"[a-z_]+", span))
        names.update(re.findall(r'"([a-z_]+)"', span))
        opening = re.match(r"([a-z_]+):", span)
        if opening:
            names.add(opening.group(1))
    return names


for schema, doc in DOCS.items():
    for key in sorted(printed[schema] - named(doc)):
        print(f"{schema}: `{key}` is printed but not documented")
    # The fields a table's first column names must be printed.
    tabled = set()
    for line in doc.splitlines():
        cells = line.split("|")
        if line.startswith("| `") and len(cells) > 2:
            tabled |= named(cells[1])
    for key in sorted(tabled - printed[schema] - CONDITIONAL):
        print(f"{schema}: `{key}` is documented but these fixtures never print it")
    print(f"{schema}: checked")

# The kind and values of every field (kinds.py), and every value the docs list printed somewhere.
for complaint in complaints:
    print(complaint)
for (schema, path), values in sorted(kinds.documented_values().items()):
    for value in sorted(values - kinds.seen.get((schema, path), set())):
        print(f"{schema}: `{path}` is documented as possibly {value!r}, never printed here")
print("kinds and values checked")
