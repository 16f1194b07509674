#!/usr/bin/env python3
"""Generates the diff benchmark corpus (seeded, reproducible, not committed).

From the Rutte essay's sentences it builds documents of about 100 KB, 1 MB and 10 MB (plain
text, one paragraph per line, blank lines between paragraphs, a heading every few
paragraphs), each paragraph a fresh mix of the essay's sentences with some words replaced
from an invented vocabulary so that the text has a book's spread of rare words. For each it
also writes a new version in which about 5% of the paragraphs are edited, moved, split or
merged (and a few added or removed).

Usage: gen_diff_corpus.py [--out DIR] [--seed N] [--sizes 100k,1m,10m]
Writes DIR/<size>/old.txt and DIR/<size>/new.txt (default DIR: out/diff-corpus).
"""

import argparse
import os
import random
import re

SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESSAY = os.path.join(ROOT, "fixtures", "rutte", "r1.txt")


def essay_sentences():
    text = open(ESSAY, encoding="utf-8").read()
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    sentences, headings = [], []
    for block in blocks:
        if len(block) < 80 and not block.endswith("."):
            headings.append(block)
            continue
        sentences += [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z\"“])", block) if s]
    return sentences, headings


def invented_words(rng, count):
    syllables = ["ka", "lo", "mer", "vin", "dus", "tra", "pel", "gor", "zen", "bri", "sto",
                 "an", "el", "or", "ul", "ist", "ven", "qua", "rho", "mib"]
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def vary(rng, sentence, vocabulary, rate):
    words = sentence.split(" ")
    for i, word in enumerate(words):
        if rng.random() < rate and word.isalpha():
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def make_document(rng, target, sentences, headings, vocabulary):
    paragraphs, size, since_heading = [], 0, 0
    while size < target:
        if since_heading >= rng.randint(4, 9):
            paragraph = f"{rng.choice(headings)} {len(paragraphs)}"
            since_heading = 0
        else:
            count = rng.randint(3, 8)
            paragraph = " ".join(vary(rng, rng.choice(sentences), vocabulary, 0.15)
                                 for _ in range(count))
            since_heading += 1
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    return paragraphs


def split_sentences(paragraph):
    return re.split(r"(?<=[.?!])\s+(?=[A-Z\"“])", paragraph)


def edit_words(rng, paragraph, vocabulary):
    words = paragraph.split(" ")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(words))
        action = rng.random()
        if action < 0.4:
            words[i] = rng.choice(vocabulary)
        elif action < 0.7:
            words.insert(i, rng.choice(vocabulary))
        elif len(words) > 3:
            del words[i]
    return " ".join(words)


def make_new_version(rng, old, sentences, vocabulary, share=0.05):
    new = list(old)
    body = [i for i, p in enumerate(new) if len(split_sentences(p)) >= 2]
    chosen = rng.sample(body, max(1, int(len(new) * share)))
    moves, splits, merges, removes = [], set(), set(), set()
    for i in chosen:
        kind = rng.random()
        if kind < 0.5:
            new[i] = edit_words(rng, new[i], vocabulary)
        elif kind < 0.7:
            moves.append(i)
        elif kind < 0.82:
            splits.add(i)
        elif kind < 0.94:
            merges.add(i)
        else:
            removes.add(i)
    out = []
    skip_next = False
    for i, paragraph in enumerate(new):
        if skip_next:
            skip_next = False
            continue
        if i in moves or i in removes:
            continue
        if i in splits:
            parts = split_sentences(paragraph)
            cut = rng.randint(1, len(parts) - 1)
            out += [" ".join(parts[:cut]), " ".join(parts[cut:])]
        elif i in merges and i + 1 < len(new) and i + 1 not in moves:
            out.append(paragraph + " " + new[i + 1])
            skip_next = True
        else:
            out.append(paragraph)
        if rng.random() < 0.002:
            out.append(" ".join(vary(rng, rng.choice(sentences), vocabulary, 0.3)
                                for _ in range(4)))
    for i in moves:
        moved = edit_words(rng, new[i], vocabulary) if rng.random() < 0.5 else new[i]
        out.insert(rng.randrange(len(out) + 1), moved)
    return out


def write(path, paragraphs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "out", "diff-corpus"))
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--sizes", default="100k,1m,10m")
    args = parser.parse_args()
    sentences, headings = essay_sentences()
    for name in args.sizes.split(","):
        rng = random.Random(f"{args.seed}-{name}")
        vocabulary = invented_words(rng, 20000)
        old = make_document(rng, SIZES[name], sentences, headings, vocabulary)
        new = make_new_version(rng, old, sentences, vocabulary)
        folder = os.path.join(args.out, name)
        os.makedirs(folder, exist_ok=True)
        write(os.path.join(folder, "old.txt"), old)
        write(os.path.join(folder, "new.txt"), new)
        print(f"{folder}: {len(old)} -> {len(new)} paragraphs, "
              f"{os.path.getsize(os.path.join(folder, 'old.txt'))} bytes")


if __name__ == "__main__":
    main()
