#!/usr/bin/env python3
"""Writes fixtures/assessment/NAME/{old.txt,new.txt,README} from paragraphs of the seed essay
(fixtures/rutte/r1.txt), each case one editorial change. expected.json is made by
tests/e2e/assessment_fixtures/check.py --bless and reviewed by eye."""
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
text = open(os.path.join(root, "fixtures", "rutte", "r1.txt"), encoding="utf-8").read()
paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def edit(paragraph, old, new):
    assert old in paragraph, (old, paragraph[:60])
    return paragraph.replace(old, new, 1)


# name: (what the case shows, old paragraphs, new paragraphs)
cases = {}


def case(name, about, old, new):
    cases[name] = (about, old, new)


p9, p10, p12, p13, p15, p16 = paras[9], paras[10], paras[12], paras[13], paras[15], paras[16]

case("hedge_added", "a firm claim becomes hedged ('may have')", [p13],
     [edit(p13, "Rutte consistently expressedconfidence", "Rutte may have expressed confidence")])
case("hedge_removed", "'is expected to be' dropped: the claim is made firmer", [p15],
     [edit(p15, "Mark Rutte is expected to be the congenial", "Mark Rutte is the congenial")])
case("harsher_characterization", "'stoic and diplomatic' become 'passive and evasive'", [p9],
     [edit(p9, "remained notably stoic and diplomatic", "remained notably passive and evasive")])
case("kinder_characterization", "'unpopular' becomes 'decisive'; 'half-hearted' dropped", [p15],
     [edit(edit(p15, "makes him an unpopular candidate", "makes him a decisive candidate"),
           "such half-hearted approach", "such an approach")])
case("negation_added", "'was against' becomes 'was not against'", [p10],
     [edit(p10, "Rutte was against specific Dutch sanctions", "Rutte was not against specific Dutch sanctions")])
case("negation_removed", "'refused to comment' becomes 'commented'", [p9],
     [edit(p9, "Rutte refused to comment on", "Rutte commented on")])
case("negation_removed_characterization", "'showed not to be a revanchist' loses its 'not'", [p15],
     [edit(p15, "Rutte showed not to be a revanchist", "Rutte showed to be a revanchist")])
case("number_changed", "a number corrected: 196 -> 193 Dutch citizens", [p15],
     [edit(p15, "the death of 196 Dutch citizens", "the death of 193 Dutch citizens")])
case("amount_changed", "an amount corrected: €6 billion -> €6 million (the scale is part of the value)",
     [edit(paras[4], "brokered a deal with Turkey", "brokered a €6 billion deal with Turkey")],
     [edit(paras[4], "brokered a deal with Turkey", "brokered a €6 million deal with Turkey")])
case("date_changed", "a date corrected: May 2014 -> June 2014", [p10],
     [edit(p10, "in May 2014", "in June 2014")])
case("attribution_added", "the author's judgement put in critics' mouths", [p9],
     [edit(p9, "Rutte’s approach to these crises can thus be characterized",
           "Critics say Rutte’s approach to these crises can thus be characterized")])
case("attribution_removed", "a view held by 'many' becomes the author's own", [paras[5]],
     [edit(paras[5], "Many view his ability", "The author views his ability")])
case("copy_edit", "typos fixed, nothing else (r1 -> r2 style)", [p12, p13],
     [edit(edit(p12, "fossed on", "focused on"), "the one’s responsible", "those responsible"),
      edit(p13, "expressedconfidence", "expressed confidence")])
case("other_subject", "a sentence about Putin changes; Rutte's assessment must not move", [p12],
     [edit(p12, "although this would later prove to be an empty promise",
           "although this would later prove to be a cynical and deceitful promise")])
jan_rutte = "The Dutch historian Jan Rutte, no relation, called the Dutch response {}."
case("same_surname", "a sentence about another Rutte changes; Mark Rutte's assessment must not move",
     [edit(p9, "stoic and diplomatic. ", "stoic and diplomatic. " + jan_rutte.format("prudent") + " ")],
     [edit(p9, "stoic and diplomatic. ", "stoic and diplomatic. " + jan_rutte.format("naive") + " ")])
case("moved_paragraph", "two paragraphs swap places, unchanged", [p9, p10, p12],
     [p12, p10, p9])
case("claim_split", "one sentence split in two: no claim added or removed", [p12],
     [edit(p12, "was marked by prudence, de-escalation, and cooperation, while being personally committed to seeking justice.",
           "was marked by prudence, de-escalation, and cooperation. At the same time he was personally committed to seeking justice.")])
case("downtoned", "'highly diplomatic' becomes 'somewhat diplomatic': a polarity shift and a hedge", [p9],
     [edit(p9, "as highly diplomatic, patient", "as fairly diplomatic, patient")])
case("claim_added", "a new sentence about Rutte", [p16],
     [edit(p16, "Rutte’s leadership will in the end thus be largely defined by Russia’s future actions.",
           "Rutte’s leadership will in the end thus be largely defined by Russia’s future actions. "
           "Rutte has also proven himself a decisive crisis manager.")])
case("claim_removed", "a sentence about Rutte removed", [p16],
     [edit(p16, " Rutte’s leadership will in the end thus be largely defined by Russia’s future actions.", "")])
case("mixed_revision", "several movements at once: harsher, hedged, a number, a critic", [p15],
     [edit(edit(edit(p15, "Rutte showed not to be a revanchist", "Rutte reportedly showed not to be a revanchist"),
                "the death of 196 Dutch citizens", "the death of 193 Dutch citizens"),
           "Rutte is trusted to be a pragmatic negotiator", "critics argue Rutte will be a weak negotiator")])
p3 = paras[3]
seats = "in that year’s parliamentary elections, where it won {} seats, {} from {} in 2006."
case("numbers_swapped", "two numbers of one sentence swap places: 31 -> 22 and 22 -> 31",
     [edit(p3, "in that year’s parliamentary elections.", seats.format(31, "up", 22))],
     [edit(p3, "in that year’s parliamentary elections.", seats.format(22, "down", 31))])
case("numbers_copy_edit", "numbers written another way, in the same order: only reworded",
     [paras[1],
      edit(paras[4], "brokered a deal with Turkey", "brokered a deal worth €6 billion with Turkey")],
     [edit(paras[1], "28 of 32", "28 out of 32"),
      edit(paras[4], "brokered a deal with Turkey", "brokered a deal worth 6 billion euros with Turkey")])
case("holder_reworded", "'Critics say' becomes 'Many critics say': the same holder, only reworded",
     [edit(p9, "Rutte’s approach to these crises can thus be characterized",
           "Critics say Rutte’s approach to these crises can thus be characterized")],
     [edit(p9, "Rutte’s approach to these crises can thus be characterized",
           "Many critics say Rutte’s approach to these crises can thus be characterized")])
case("attribution_holds_nothing", "'observers note that' added before a claim that judges nothing: only reworded",
     [p12],
     [edit(p12, "In a phone call with Putin the day after the attack Rutte urged him",
           "Observers note that in a phone call with Putin the day after the attack Rutte urged him")])

out = os.path.join(root, "fixtures", "assessment")
for name, (about, old, new) in cases.items():
    folder = os.path.join(out, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "old.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(old) + "\n")
    with open(os.path.join(folder, "new.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(new) + "\n")
    with open(os.path.join(folder, "README"), "w", encoding="utf-8") as f:
        f.write(about + "\n")
print(len(cases), "cases in", out, file=sys.stderr)
