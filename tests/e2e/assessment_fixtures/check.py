#!/usr/bin/env python3
"""Checks every fixtures/assessment/NAME case end to end through the redraft binary:
`redraft report old.txt new.txt --format json` with the Rutte configuration, reduced to the
assessment (scores, and each change's kind, term, paragraphs and cues), must equal
expected.json. `check.py --bless` rewrites expected.json (review the result by eye)."""
import json
import os
import subprocess
import sys

redraft = os.environ["REDRAFT"]
fixtures = os.environ["FIXTURES"]
bless = "--bless" in sys.argv
config = os.path.join(fixtures, "rutte", "redraft.toml")
cases_dir = os.path.join(fixtures, "assessment")
status = 0
for name in sorted(os.listdir(cases_dir)):
    folder = os.path.join(cases_dir, name)
    run = subprocess.run([redraft, "report", os.path.join(folder, "old.txt"),
                          os.path.join(folder, "new.txt"), "--config", config,
                          "--format", "json"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"FAIL {name}: exit {run.returncode}: {run.stderr.strip()}")
        status = 1
        continue
    report = json.loads(run.stdout)
    actual = {"case": open(os.path.join(folder, "README"), encoding="utf-8").read().strip(),
              "assessment": [{
                  "subject": s["subject"],
                  "old": s["old"], "new": s["new"],
                  "changes": [{"kind": c["kind"], "term": c["term"],
                               "paragraph": c["paragraph"], "cues": c["cues"]}
                              for c in s["changes"]]}
                  for s in report["assessment"]]}
    expected_path = os.path.join(folder, "expected.json")
    if bless:
        with open(expected_path, "w", encoding="utf-8") as f:
            json.dump(actual, f, indent=2, ensure_ascii=False)
            f.write("\n")
    expected = json.load(open(expected_path, encoding="utf-8"))
    if expected == actual:
        print(f"ok {name}")
    else:
        print(f"FAIL {name}")
        print(json.dumps(actual, indent=2, ensure_ascii=False))
        status = 1
sys.exit(status)
