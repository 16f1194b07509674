"""The kind and values of every JSON field, as the docs give them: the type column of the tables
of docs/json.md (`redraft.diff/1`: "string or null", "integer", "number in [0, 1]", ...), the
values a field's row lists (`op`: `equal`, `edited`, ...; `schema`: always `"redraft.diff/1"`),
the change kinds of docs/assessment.md's table, and what the prose of the other schemas says of
each field (scores in [-1, 1], 1-based lines, `gate` one of three). check.py walks every JSON
document it collects through `check(document)`; each field that breaks its rule is one
complaint, and `documented_values()` lists the values the docs name so that check.py can say
which no fixture ever printed."""
import os
import re

ROOT = os.environ["ROOT"]


def read(doc):
    return open(os.path.join(ROOT, "docs", doc), encoding="utf-8").read()


def ticked(text):
    return re.findall(r"`([^`]+)`", text)


# --- the change kinds, from the first column of docs/assessment.md's table of kinds
def change_kinds():
    text = read("assessment.md")
    table = text[text.index("| kind | when | cues |"):]
    kinds = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        for name in ticked(line.split("|")[1]):
            # "`characterization_added`, `_removed`": the second shares the first's opening.
            kinds.append(kinds[-1].rsplit("_", 1)[0] + name if name.startswith("_") else name)
    return kinds


KINDS = change_kinds()


# --- the rules of redraft.diff/1, read from the type column of docs/json.md's tables
def diff_rules():
    """path -> (type text, allowed values or None), for every row of a table of docs/json.md
    that has a type column, from "# JSON output" to "## Other JSON documents"."""
    text = read("json.md")
    text = text[:text.index("## Other JSON documents")]
    prefixes = {"## Top level": "", "## `old` and `new`": None, "## `paragraphs[]`": "paragraphs[].",
                "## `sentences[]`": "paragraphs[].sentences[].",
                "## `words[]`": "paragraphs[].sentences[].words[].", "## `summary`": "summary."}
    rules = {}
    prefix = ""
    for line in text.splitlines():
        if line.startswith("## "):
            prefix = next((p for h, p in prefixes.items() if line.startswith(h)), "")
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 5 or not cells[1].startswith("`"):
            continue
        names, kind, meaning = ticked(cells[1]), cells[2], cells[3]
        # "`paragraphs.edited`, `moved`": the later names share the first one's parent.
        parent = names[0].rsplit(".", 1)[0] + "." if "." in names[0] else ""
        paths = [names[0]] + [n if "." in n else parent + n for n in names[1:]]
        values = None
        constant = re.match(r'always `"([^"]+)"`', meaning)
        if constant:
            values = {constant.group(1)}
        elif kind == "string" and re.match(r"`[a-z_]+`(, `[a-z_]+`)*( or `[a-z_]+`)?$",
                                           meaning.split(";")[0].split(" (")[0].rstrip(".")):
            values = set(ticked(meaning.split(";")[0]))
        for path in paths:
            # the `old` and `new` object of every side: old.revision, new.revision
            for full in ([f"old.{path}", f"new.{path}"] if prefix is None else [prefix + path]):
                rules[full] = (kind, values)
    return rules


DIFF_RULES = diff_rules()
SIDE_RULES = {path[4:]: rule for path, rule in DIFF_RULES.items() if path.startswith("old.")}


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def of_type(kind, value):
    """Whether `value` is of the type docs/json.md's type column names."""
    nullable = kind.endswith(" or null")
    if value is None:
        return nullable
    kind = kind.removesuffix(" or null")
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return is_int(value)
    if kind.startswith("number in [0, 1]"):
        return is_number(value) and 0 <= value <= 1
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "array of strings":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "array of integers":
        return isinstance(value, list) and all(is_int(v) for v in value)
    raise ValueError(f"docs/json.md names a type this checker does not know: {kind}")


# --- the rules of the other schemas and of the assessment, from their prose
def score(v):
    return is_number(v) and -1 <= v <= 1


def score_or_null(v):
    return v is None or score(v)


def string(v):
    return isinstance(v, str)


def string_or_null(v):
    return v is None or isinstance(v, str)


def strings(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def index(v):
    return is_int(v) and v >= 0


def index_or_null(v):
    return v is None or index(v)


def one_based(v):
    return is_int(v) and v >= 1


def one_based_or_null(v):
    return v is None or one_based(v)


def count(v):
    return is_int(v) and v >= 0


def boolean(v):
    return isinstance(v, bool)


def iso_date(v):
    return isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", v)


def one_of(*values):
    rule = lambda v: v in values  # noqa: E731
    rule.values = set(values)
    return rule


def kind_of_change(v):
    return v in KINDS


kind_of_change.values = set(KINDS)


def kinds_in_words(v):
    """blame's changed_by: change kinds with spaces for underscores, each once."""
    words = {k.replace("_", " ") for k in KINDS}
    return strings(v) and all(k in words for k in v) and len(set(v)) == len(v)


def pair_of(rule):
    return lambda v: isinstance(v, dict) and set(v) == {"old", "new"} and all(
        rule(x) for x in v.values())


def map_of(rule):
    return lambda v: isinstance(v, dict) and all(rule(x) for x in v.values())


# The assessment of redraft.diff/1 (docs/assessment.md, "JSON"; docs/json.md's `assessment` row).
ASSESSMENT = {
    "assessment[].subject": string,
    "assessment[].old.claims": count, "assessment[].new.claims": count,
    "assessment[].old.dimensions": map_of(score), "assessment[].new.dimensions": map_of(score),
    "assessment[].summary": string,
    "assessment[].changes[].kind": kind_of_change,
    "assessment[].changes[].term": string,
    "assessment[].changes[].old": string_or_null, "assessment[].changes[].new": string_or_null,
    "assessment[].changes[].paragraph": pair_of(index_or_null),
    "assessment[].changes[].cues": strings, "assessment[].changes[].lexicon_ids": strings,
    "assessment[].changes[].values": pair_of(string_or_null),
    "assessment[].changes[].referents": pair_of(string_or_null),
    "paragraphs[].sentences[].changes[].kind": kind_of_change,
    "paragraphs[].sentences[].changes[].cues": strings,
    "paragraphs[].sentences[].position": pair_of(
        lambda v: v is None or (isinstance(v, list) and len(v) == 2 and all(index(x) for x in v))),
}

SIDES = {f"{side}.{path}": rule for side in ("old", "new") for path, rule in {
    "revision": string, "label": string_or_null, "name": string, "date": string_or_null,
    "number": one_based_or_null, "paragraphs": count}.items()}

RULES = {
    "redraft.diff/1": dict(SIDES, **ASSESSMENT),
    "redraft.check/1": dict(SIDES, **{
        "schema": one_of("redraft.check/1"), "passed": boolean,
        "gates.max_shift": map_of(lambda v: is_number(v) and 0 <= v <= 2),
        "gates.fail_on[]": kind_of_change, "gates.require_label": boolean,
        "failures[].gate": one_of("max_shift", "fail_on", "require_label"),
        "failures[].subject": string_or_null, "failures[].dimension": string,
        "failures[].kind": kind_of_change, "failures[].reason": string,
        "shifts[].subject": string, "shifts[].dimension": string, "shifts[].old": score,
        "shifts[].new": score, "shifts[].shift": lambda v: is_number(v) and -2 <= v <= 2,
        "shifts[].limit": lambda v: v is None or (is_number(v) and 0 <= v <= 2),
        "chosen_subject": string, "notes[]": string}),
    "redraft.timeline/1": {
        "schema": one_of("redraft.timeline/1"), "document": string, "subjects[]": string,
        "dimensions[]": string, "chosen_subject": string,
        "revisions[].number": one_based, "revisions[].id": string, "revisions[].short_id": string,
        "revisions[].date": iso_date, "revisions[].author": string, "revisions[].labels[]": string,
        "revisions[].message": string,
        "rows[].revision": one_based, "rows[].subject": string, "rows[].mentions": count,
        "rows[].claims": count, "rows[].scores": map_of(score), "rows[].attributed": map_of(score),
        "rows[].characterizations[].term": string, "rows[].characterizations[].count": one_based,
        "rows[].characterizations[].negated": count,
        "rows[].characterizations[].attributed": count,
        "steps[].from": one_based, "steps[].to": one_based, "steps[].subject": string,
        "steps[].summary": string, "steps[].changes": lambda v: isinstance(v, dict) and all(
            k in KINDS and one_based(n) for k, n in v.items()),
        "steps[].notes[]": string, "notes[]": string},
    "redraft.blame/1": {
        "schema": one_of("redraft.blame/1"), "document": string, "revision": one_based,
        "revisions[].number": one_based, "revisions[].short_id": string,
        "revisions[].date": iso_date, "revisions[].labels[]": string,
        "revisions[].author": string, "revisions[].message": string, "chosen_subject": string,
        "subjects[].subject": string,
        "subjects[].claims[].paragraph": index, "subjects[].claims[].sentence": index,
        "subjects[].claims[].line": one_based, "subjects[].claims[].column": one_based,
        "subjects[].claims[].text": string, "subjects[].claims[].introduced": one_based,
        "subjects[].claims[].changed": one_based, "subjects[].claims[].changed_by": kinds_in_words,
        "subjects[].claims[].assessment_changed": one_based_or_null,
        "subjects[].claims[].assessment_changed_by": kinds_in_words,
        "subjects[].claims[].characterizations[].term": string,
        "subjects[].claims[].characterizations[].lexicon_id": string,
        "subjects[].claims[].characterizations[].negated_by": string,
        "subjects[].claims[].characterizations[].introduced": one_based,
        "subjects[].claims[].characterizations[].changed": one_based},
    "redraft.structure/1": {
        "schema": one_of("redraft.structure/1"), "document": string,
        "format": one_of("plain", "markdown"), "bytes": count, "sections": one_based,
        "paragraphs[].index": index,
        "paragraphs[].kind": one_of("heading", "paragraph", "quote", "list_item", "code"),
        "paragraphs[].level": count, "paragraphs[].section": index,
        "paragraphs[].line": one_based, "paragraphs[].column": one_based,
        "paragraphs[].bytes": lambda v: isinstance(v, list) and len(v) == 2 and index(v[0]) and
        index(v[1]) and v[0] <= v[1],
        "paragraphs[].text": string, "paragraphs[].sentences[].text": string,
        "paragraphs[].sentences[].line": one_based, "paragraphs[].sentences[].column": one_based,
        "paragraphs[].sentences[].bytes": lambda v: isinstance(v, list) and len(v) == 2 and
        index(v[0]) and index(v[1]) and v[0] <= v[1]},
    "redraft.assess/1": dict({f"source.{k[4:]}": r for k, r in SIDES.items() if k[:4] == "old."},
                             **{
        "schema": one_of("redraft.assess/1"), "revision": string,
        "chosen_subject": string_or_null, "notes[]": string,
        "subjects[].subject": string, "subjects[].mentions": count, "subjects[].claims": count,
        "subjects[].dimensions": map_of(score), "subjects[].attributed": map_of(score),
        "subjects[].cue_counts": map_of(lambda v: isinstance(v, dict) and set(v) == {
            "author", "attributed"} and all(count(x) for x in v.values())),
        "subjects[].characterizations[].term": string, "subjects[].characterizations[].id": string,
        "subjects[].characterizations[].count": one_based,
        "subjects[].characterizations[].negated": count,
        "subjects[].characterizations[].attributed": count,
        "subjects[].claim_list[].paragraph": index, "subjects[].claim_list[].sentence": index,
        "subjects[].claim_list[].line": one_based, "subjects[].claim_list[].text": string,
        "subjects[].claim_list[].continuation": boolean,
        "subjects[].claim_list[].cues[].weight": lambda v: is_number(v) and -2 <= v <= 2,
        "subjects[].claim_list[].cues[].holder": string,
        "subjects[].claim_list[].cues[].own_view": boolean,
        "subjects[].claim_list[].quantities[].kind": one_of(
            "number", "percent", "ratio", "year", "date", "money"),
        "subjects[].claim_list[].quantities[].text": string,
        "subjects[].claim_list[].quantities[].value": string}),
    "redraft.log/1": {
        "schema": one_of("redraft.log/1"), "document": string, "source": string,
        "revisions[].number": one_based_or_null, "revisions[].id": string,
        "revisions[].short_id": string, "revisions[].blob": string, "revisions[].date": iso_date,
        "revisions[].time": is_int, "revisions[].author": lambda v: isinstance(v, dict) and set(
            v) == {"name", "email"} and all(isinstance(x, str) for x in v.values()),
        "revisions[].labels[]": string, "revisions[].message": string,
        "revisions[].paragraphs": lambda v: v is None or count(v),
        "revisions[].bytes": lambda v: v is None or count(v),
        "revisions[].damage": string, "revisions[].history_cut": boolean},
}


def walk(value, path, visit):
    """Calls visit(path, value) for every field: "paragraphs[].op", "old.label", and for each
    array's items "notes[]"."""
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else key
            visit(child, item)
            walk(item, child, visit)
    elif isinstance(value, list):
        for item in value:
            visit(path + "[]", item)
            walk(item, path + "[]", visit)


seen = {}  # (schema, path) -> the values printed, for the fields whose values the docs list


def check(document):
    """Complaints about `document`'s fields: a kind or value the docs do not give it."""
    schema = document.get("schema")
    complaints = []
    rules = dict(RULES.get(schema, {}))
    typed = DIFF_RULES if schema == "redraft.diff/1" else {}

    def visit(path, value):
        if path in typed:
            kind, values = typed[path]
            if not of_type(kind, value):
                complaints.append(f"{schema}: `{path}` is {value!r}, not {kind}")
            elif values is not None:
                seen.setdefault((schema, path), set()).add(value)
                if value not in values:
                    complaints.append(f"{schema}: `{path}` is {value!r}, not one of "
                                      f"{sorted(values)}")
        rule = rules.get(path)
        if rule is not None:
            if hasattr(rule, "values"):
                seen.setdefault((schema, path), set()).add(value)
            if not rule(value):
                complaints.append(f"{schema}: `{path}` is {value!r}, which the docs do not allow")

    walk(document, "", visit)
    if schema == "redraft.diff/1":
        complaints += diff_entry_rules(document)
    return complaints


def diff_entry_rules(document):
    """docs/json.md's words on which entries carry which field: `similarity` absent for
    `added` and `removed`, `confidence` for `moved`, `split` and `merged` only, `sentences`
    absent from `equal` entries, a sentence's `similarity` for `edited` and `moved` only, an
    `equal` entry's `old` and `new` one to one."""
    out = []

    def wrong(what, op, item, field):
        out.append(f"redraft.diff/1: {what} of op `{op}` "
                   f"{'has' if field in item else 'lacks'} `{field}`")

    for entry in document["paragraphs"]:
        op = entry["op"]
        if ("similarity" in entry) == (op in ("added", "removed")):
            wrong("an entry", op, entry, "similarity")
        if ("confidence" in entry) != (op in ("moved", "split", "merged")):
            wrong("an entry", op, entry, "confidence")
        if ("sentences" in entry) == (op == "equal"):
            wrong("an entry", op, entry, "sentences")
        if op == "equal" and len(entry["old"]) != len(entry["new"]):
            out.append("redraft.diff/1: an `equal` entry's `old` and `new` differ in length")
        if op == "split" and (len(entry["old"]) != 1 or len(entry["new"]) < 2):
            out.append("redraft.diff/1: a `split` entry is not one old paragraph to several")
        if op == "merged" and (len(entry["old"]) < 2 or len(entry["new"]) != 1):
            out.append("redraft.diff/1: a `merged` entry is not several old paragraphs to one")
        for sentence in entry.get("sentences", []):
            if ("similarity" in sentence) != (sentence["op"] in ("edited", "moved")):
                wrong("a sentence", sentence["op"], sentence, "similarity")
    return out


def documented_values():
    """(schema, path) -> the values the docs list for that field."""
    out = {("redraft.diff/1", p): v for p, (_, v) in DIFF_RULES.items() if v is not None}
    for schema, rules in RULES.items():
        for path, rule in rules.items():
            if hasattr(rule, "values"):
                out[(schema, path)] = rule.values
    return out
