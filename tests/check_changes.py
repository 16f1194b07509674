#!/usr/bin/env python3
"""Checks redraft's reports against the ```expect blocks of a history's CHANGES.md.

Usage: check_changes.py REDRAFT CHANGES.md

Run in a folder whose store holds the history's revisions, numbered as in the file names
(r1 -> revision 1, e3 -> revision 3), with the history's redraft.toml beside it. Each block
names a pair ("e1 -> e2") and lists expectations, one a line:

    paragraphs: OP = N | >= N | <= N     the diff summary's count of that operation
    SUBJECT: has KIND | lacks KIND       an assessment change of that kind is (not) reported
    SUBJECT: DIMENSION up | down         the dimension's score rose / fell
    SUBJECT: unchanged                   no assessment change at all
    SUBJECT: only reworded               every assessment change is `reworded`

A side that is not a revision ("r7md") names a file beside CHANGES.md (r7.md). Prints one line
per expectation and exits 1 when any fails.
"""
import json
import os
import re
import subprocess
import sys


def side(token, folder):
    match = re.fullmatch(r"[a-z]+(\d+)", token)
    if match:
        return match.group(1)
    stem, extension = token[:-2], token[-2:]
    return os.path.join(folder, stem + "." + extension)


def report(redraft, older, newer):
    run = subprocess.run([redraft, "diff", older, newer, "--format", "json"],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"redraft diff {older} {newer} failed ({run.returncode}): {run.stderr.strip()}")
    return json.loads(run.stdout)


def check(line, diff):
    subject_field, _, claim = line.partition(": ")
    if subject_field == "paragraphs":
        op, comparison, number = claim.split()
        actual = diff["summary"]["paragraphs"][op]
        ok = {"=": actual == int(number), ">=": actual >= int(number),
              "<=": actual <= int(number)}[comparison]
        return ok, f"{actual}"
    subject = next((s for s in diff["assessment"] if s["subject"] == subject_field), None)
    if subject is None:
        return False, "subject not in the report"
    kinds = [c["kind"] for c in subject["changes"]]
    words = claim.split()
    if words[0] in ("has", "lacks"):
        present = words[1] in kinds
        return present == (words[0] == "has"), f"{kinds.count(words[1])} {words[1]}"
    if claim == "unchanged":
        return not kinds, ", ".join(sorted(set(kinds))) or "no changes"
    if claim == "only reworded":
        return all(k == "reworded" for k in kinds), ", ".join(sorted(set(kinds))) or "no changes"
    if len(words) == 2 and words[1] in ("up", "down"):
        old = subject["old"]["dimensions"][words[0]]
        new = subject["new"]["dimensions"][words[0]]
        return (new > old) if words[1] == "up" else (new < old), f"{old:+.2f} -> {new:+.2f}"
    sys.exit(f"unknown expectation: {line}")


def main():
    redraft, changes = sys.argv[1], sys.argv[2]
    folder = os.path.dirname(os.path.abspath(changes))
    text = open(changes, encoding="utf-8").read()
    failures = 0
    for block in re.findall(r"```expect\n(.*?)```", text, re.S):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        older, newer = (token.strip() for token in lines[0].split("->"))
        diff = report(redraft, side(older, folder), side(newer, folder))
        print(lines[0])
        for line in lines[1:]:
            ok, actual = check(line, diff)
            failures += not ok
            print(f"  {'ok  ' if ok else 'FAIL'} {line}  [{actual}]")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
