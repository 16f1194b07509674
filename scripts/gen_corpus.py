#!/usr/bin/env python3
"""Builds a large test document from the Rutte essay's paragraphs, deterministically.

Paragraphs are drawn in shuffled order, and each copy is varied: some words are swapped for
others of the same role, numbers are changed, sentences are sometimes reordered and half the
paragraphs are wrapped at 72 columns, so that the document is not one paragraph repeated. The same seed and size always give the same bytes.

Usage: gen_corpus.py --size 10MiB [--seed 1] [--source fixtures/rutte/r1.txt] -o corpus.txt
"""
import argparse
import pathlib
import random
import re
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Words swapped for one another (each group holds words of the same role).
SUBSTITUTIONS = [
    ["Rutte", "Stoltenberg", "Merkel", "Iohannis", "Meloni"],
    ["Russia", "Moscow", "the Kremlin"],
    ["pragmatic", "cautious", "principled", "patient", "prudent"],
    ["significant", "notable", "considerable", "marked"],
    ["Dutch", "Belgian", "Danish", "Norwegian"],
    ["Netherlands", "Belgium", "Denmark", "Norway"],
    ["investigation", "inquiry", "review"],
    ["approach", "stance", "strategy", "policy"],
    ["January", "March", "May", "July", "October", "November"],
    ["consistently", "repeatedly", "steadily"],
]
WORD_GROUP = {word: group for group in SUBSTITUTIONS for word in group}
WORD_PATTERN = re.compile("|".join(sorted((re.escape(w) for w in WORD_GROUP), key=len,
                                          reverse=True)))
NUMBER_PATTERN = re.compile(r"\d+")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")


def parse_size(text):
    units = {"": 1, "b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2}
    match = re.fullmatch(r"(\d+)\s*([a-zA-Z]*)", text.strip())
    if not match or match.group(2).lower() not in units:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (examples: 100KB, 10MiB)")
    return int(match.group(1)) * units[match.group(2).lower()]


def vary(paragraph, rng):
    def swap_word(match):
        return rng.choice(WORD_GROUP[match.group(0)]) if rng.random() < 0.3 else match.group(0)

    def change_number(match):
        digits = match.group(0)
        if rng.random() < 0.5:
            return digits
        low = 10 ** (len(digits) - 1) if len(digits) > 1 else 0
        return str(rng.randrange(low, 10 ** len(digits)))

    text = WORD_PATTERN.sub(swap_word, paragraph)
    text = NUMBER_PATTERN.sub(change_number, text)
    sentences = SENTENCE_END.split(text)
    if len(sentences) > 2 and rng.random() < 0.3:
        i = rng.randrange(len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    text = " ".join(sentences)
    if rng.random() < 0.5:  # half of the paragraphs wrapped as a text editor would
        text = textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=parse_size, required=True,
                        help="at least this many bytes (100KB, 1MB, 10MiB)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", default=str(ROOT / "fixtures" / "rutte" / "r1.txt"))
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    text = pathlib.Path(args.source).read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paragraphs:
        sys.exit(f"{args.source}: no paragraphs to build from")
    rng = random.Random(args.seed)
    pieces = []
    size = 0
    while size < args.size:
        order = paragraphs[:]
        rng.shuffle(order)
        for paragraph in order:
            piece = vary(paragraph, rng) + "\n\n"
            pieces.append(piece)
            size += len(piece.encode("utf-8"))
            if size >= args.size:
                break
    pathlib.Path(args.output).write_text("".join(pieces), encoding="utf-8")


if __name__ == "__main__":
    main()
