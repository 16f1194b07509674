#!/usr/bin/env python3
"""Makes the diff fixtures: fixtures/diff/NAME/{old.txt,new.txt} from the Rutte essay, one
case per paragraph op (and a few mixed). expected.json is blessed separately (through the
real binary, REDRAFT_BLESS=1 ctest -R DiffFixtures) and reviewed by hand.

Usage: make_diff_fixtures.py
"""

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESSAY = open(os.path.join(ROOT, "fixtures", "rutte", "r1.txt"), encoding="utf-8").read()
OUT = os.path.join(ROOT, "fixtures", "diff")


def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentences(paragraph):
    return re.split(r"(?<=[.?!])\s+(?=[A-Z\"“])", paragraph)


def join(ps):
    return "\n\n".join(ps) + "\n"


def rewrap(text, width=72):
    out = []
    for p in paragraphs(text):
        lines, line = [], ""
        for word in p.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("\n".join(lines))
    return join(out)


def case(name, new, old=None, args=None):
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "old.txt"), "w", encoding="utf-8") as f:
        f.write(old if old is not None else join(P))
    with open(os.path.join(folder, "new.txt"), "w", encoding="utf-8") as f:
        f.write(new)
    if args:
        with open(os.path.join(folder, "args"), "w", encoding="utf-8") as f:
            f.write(args + "\n")


P = paragraphs(ESSAY)
HEADINGS = [i for i, p in enumerate(P) if len(p) < 80 and not p.endswith(".")]


def edited():
    q = list(P)
    q[3] = q[3].replace("unparalleled popularity", "considerable popularity")
    q[3] = q[3].replace("He famously likened", "He once likened")
    return join(q)


def moved():
    q = list(P)
    para = q.pop(5)
    q.insert(11, para)
    return join(q)


def moved_past_an_edit():
    # A paragraph moved three places down past a new one and an edited one: the moved one is
    # the paragraph that jumped, not the two that stayed between (whose old and new numbers
    # match).
    q = list(P)
    para = q.pop(4)
    q.insert(4, "This new paragraph is written for the fixture and says something else.")
    q[6] = q[6].replace("Eastern European and Baltic", "Eastern European, Nordic and Baltic")
    q.insert(7, para)
    return join(q)


def moved_edited():
    q = list(P)
    para = q.pop(4)
    para = para.replace("The Netherlands", "Reportedly, the Netherlands", 1)
    s = sentences(para)
    s[-1] = s[-1].replace(".", ", critics say.")
    q.insert(12, " ".join(s))
    return join(q)


def split():
    q = list(P)
    s = sentences(q[6])
    q[6:7] = [" ".join(s[:3]), " ".join(s[3:])]
    return join(q)


def merged():
    q = list(P)
    q[10:12] = [q[10] + " " + q[11]]
    return join(q)


def added():
    q = list(P)
    q.insert(8, "Rutte's critics in the Baltic states have long argued that the Netherlands "
                "moved too slowly. Their warnings, once dismissed as alarmist, now read as "
                "prescient.")
    return join(q)


def removed():
    q = list(P)
    del q[7]
    return join(q)


def sentence_moved():
    q = list(P)
    s = sentences(q[4])
    moved_sentence = s.pop(1)
    q[4] = " ".join(s)
    q[5] = q[5] + " " + moved_sentence
    return join(q)


def heading_renamed():
    q = list(P)
    q[HEADINGS[1]] = "Who is Mark Rutte?"
    return join(q)


def sections_reordered():
    a, b, c = HEADINGS[1], HEADINGS[2], HEADINGS[3]
    q = P[:a] + P[b:c] + P[a:b] + P[c:]
    return join(q)


# Word edits that keep a paragraph well above the similarity threshold, one per paragraph.
EDITS = {
    8: ("first significant", "first serious"),
    9: ("notably stoic", "remarkably stoic"),
    10: ("condemnatory yet constructive", "critical yet constructive"),
    11: ("deeply scarred", "deeply shook"),
    12: ("marked by prudence", "defined by prudence"),
    13: ("persistently pressed", "repeatedly pressed"),
}


def edit(i):
    old, new = EDITS[i]
    assert old in P[i]
    return P[i].replace(old, new, 1)


def moved_past_edits(moved, to, edited):
    # Paragraph `moved` taken out and put back before old paragraph `to` (or, moving down, after
    # `to - 1`), with the paragraphs in `edited` edited: the moved one is the paragraph that
    # jumped, not the edited ones it jumped over.
    q = [edit(i) if i in edited else p for i, p in enumerate(P)]
    para = q[moved]
    q[moved] = None
    q.insert(to, para)
    return join([p for p in q if p is not None])


def swapped():
    q = list(P)
    q[9], q[10] = q[10], q[9]
    return join(q)


def block_moved():
    # Three paragraphs moved together into the next section, past a heading and four
    # paragraphs, two of them edited.
    q = [edit(i) if i in (8, 9) else p for i, p in enumerate(P)]
    block = q[4:7]
    del q[4:7]
    q[9:9] = block
    return join(q)


# Half of paragraph 12 kept word for word (its first four sentences), the rest rewritten.
REWRITTEN_HALF = (
    "Dutch commentators later called this restraint a deliberate choice rather than timidity. "
    "The cabinet, they wrote, wanted the facts settled before any accusation could be made in "
    "public, so that no foreign capital could dismiss the findings as a political verdict. "
    "Critics in parliament asked for a firmer line and a recall of the ambassador, which the "
    "prime minister declined. His answer, repeated in several debates that autumn, was that "
    "patience would serve the relatives better than anger."
)


def half_rewritten():
    q = list(P)
    q[12] = " ".join(sentences(q[12])[:4]) + " " + REWRITTEN_HALF
    return join(q)


def cut():
    # Paragraph 12 cut to its first three sentences (of eight).
    q = list(P)
    q[12] = " ".join(sentences(q[12])[:3])
    return join(q)


def expanded():
    # Paragraph 5 kept whole and grown to three times its length.
    q = list(P)
    q[5] = q[5] + " " + (
        "Dutch commentators called this restraint a deliberate choice rather than timidity, and "
        "some went further, describing it as the only course open to a small country that "
        "trades with everyone. Critics in parliament asked for a firmer line, for a recall of "
        "ambassadors and for an end to gas contracts, all of which he declined in a series of "
        "tense evening debates. His answer, repeated through several autumns, was that patience "
        "would serve the country better than anger, and that a coalition built slowly would "
        "still stand years later. Newspapers in Kyiv and Warsaw followed these debates closely, "
        "reading them as a test of whether a founding member of the European Union would stand "
        "up to Moscow when it mattered."
    )
    return join(q)


def rewritten_same_subject():
    # A paragraph on the same events written anew: shares words, no sentence.
    q = list(P)
    q[12] = (
        "After the attack on the airliner, Rutte chose prudence over confrontation with Russia. "
        "He put the recovery of the victims and an international investigation first, and he "
        "avoided naming Russia before the facts were established. Justice for the victims, he "
        "said, would come through the courts and not through escalation."
    )
    return join(q)


# Edits an editor makes on a real essay (d2): each checked by hand, text and JSON.
def touch(text, *pairs):
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def split_half_edited():
    # Paragraph 12 split after its fourth sentence, the second half touched up.
    q = list(P)
    s = sentences(q[12])
    tail = touch(" ".join(s[4:]), ("allegedly assured", "reportedly assured"),
                 ("would not rest", "would never rest"), ("primarily fossed", "primarily focused"))
    q[12:13] = [" ".join(s[:4]), tail]
    return join(q)


def merged_trimmed():
    # Paragraphs 10 and 11 joined, a sentence of each cut.
    q = list(P)
    a, b = sentences(q[10]), sentences(q[11])
    del a[4]
    del b[3]
    q[10:12] = [" ".join(a) + " " + " ".join(b)]
    return join(q)


def moved_cut_and_edited():
    # Paragraph 6 moved three places down, one sentence cut and two others touched up.
    q = list(P)
    s = sentences(q[6])
    del s[2]
    para = touch(" ".join(s), ("certainly hold merit", "hold some merit"),
                 ("significantly shaped", "deeply shaped"))
    q.pop(6)
    q.insert(9, para)
    return join(q)


def rewrapped_one_word():
    q = list(P)
    q[9] = q[9].replace("notably stoic", "remarkably stoic", 1)
    return rewrap(join(q))


def sentence_to_next():
    # The last sentence of paragraph 9 opens paragraph 10.
    q = list(P)
    s = sentences(q[9])
    last = s.pop()
    q[9] = " ".join(s)
    q[10] = last + " " + q[10]
    return join(q)


def cut_touched_up():
    # Paragraph 12 cut to its first three sentences, each with a word or two changed: no
    # sentence is kept word for word (d1 read this as removed + added).
    q = list(P)
    s = sentences(q[12])
    q[12] = " ".join([touch(s[0], ("marked by prudence", "defined by prudence")),
                      touch(s[1], ("thorough investigation", "full investigation")),
                      touch(s[2], ("broad international", "wide international"),
                            ("directly accusing", "openly accusing"))])
    return join(q)


LIST_OLD = """# Budget

The council agreed on four priorities for the coming year.

- Repair the bridges along the river before the winter floods.
- Hire twelve more teachers for the primary schools in the north.
- Extend the night bus service to the new housing estates.
- Publish every contract above fifty thousand euros online.

The opposition voted against the plan.
"""

LIST_NEW = """# Budget

The council agreed on four priorities for the coming year: to repair the bridges along the \
river before the winter floods, to hire twelve more teachers for the primary schools in the \
north, to extend the night bus service to the new housing estates, and to publish every \
contract above fifty thousand euros online.

The opposition voted against the plan.
"""


def main():
    case("equal-rewrapped", rewrap(join(P)))
    case("exact-rewrapped", rewrap(join(P)), args="--exact")
    case("edited", edited())
    case("moved", moved())
    case("moved-edited", moved_edited())
    case("moved-past-an-edit", moved_past_an_edit())
    case("moved-up-past-one-edit", moved_past_edits(10, 9, {9}))
    case("moved-up-past-two-edits", moved_past_edits(11, 9, {9, 10}))
    case("moved-up-past-three-edits", moved_past_edits(12, 9, {9, 10, 11}))
    case("moved-down-past-one-edit", moved_past_edits(8, 10, {9}))
    case("moved-down-past-two-edits", moved_past_edits(8, 11, {9, 10}))
    case("moved-down-past-three-edits", moved_past_edits(8, 12, {9, 10, 11}))
    case("swapped", swapped())
    case("block-moved", block_moved())
    case("half-rewritten", half_rewritten())
    case("cut", cut())
    case("expanded", expanded())
    case("rewritten-same-subject", rewritten_same_subject())
    case("split", split())
    case("merged", merged())
    case("added", added())
    case("removed", removed())
    case("sentence-moved", sentence_moved())
    case("heading-renamed", heading_renamed())
    case("sections-reordered", sections_reordered())
    case("split-half-edited", split_half_edited())
    case("merged-trimmed", merged_trimmed())
    case("moved-cut-and-edited", moved_cut_and_edited())
    case("rewrapped-one-word", rewrapped_one_word())
    case("sentence-to-next", sentence_to_next())
    case("cut-touched-up", cut_touched_up())
    # A Markdown list (a paragraph per item) turned into one paragraph with its intro.
    case("list-to-paragraph", LIST_NEW, old=LIST_OLD, args="--input-format markdown")
    case("empty-old", join(P), old="")
    case("empty-new", "")


if __name__ == "__main__":
    main()
