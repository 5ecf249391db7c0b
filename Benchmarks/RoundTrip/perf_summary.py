#!/usr/bin/env python3
"""Sums a `perf record --call-graph dwarf` profile of bitext by the project's own functions.

    perf script -i perf.data -F ip,sym | swift demangle --simplified | perf_summary.py
    ... | perf_summary.py --under 'TranslationStore.importTranslations'

Without --under: the share of samples under each project function (inclusive), and each
sample charged to its innermost project function (its own time plus the library code it
calls: SQLite, Foundation, the Swift runtime). With --under PATTERN: for the samples under
the innermost frame matching PATTERN (a regular expression), what that frame was calling.
"""

import argparse
import collections
import re
import sys

PROJECT = re.compile(
    r"MemoryKey|TranslationStore|ImportPlan|ImportCommand|ExtractCommand|InterchangeBuilder|DocumentWriter|"
    r"TextEncoder|XLIFF2|XLIFF12|\bPO[A-Z]|CSV[A-Z]|Interchange|TargetChecks|MarkupDecoder|InlineCodec|Segmenter|"
    r"StableID|DocumentReader|MarkdownReader|HTMLReader|StructureRules|InputOptions|AtomicFile|String\.wordCount|"
    r"\bXML[A-Z]|\bBlock\.|\bSegment\.|plainText|StoredDocuments|InlineBuilder|Assembler")
PLUMBING = re.compile(r"thunk|^closure|Dispatch|_dispatch|SerializedDatabase|inDatabase|^0x|protocol witness")


def clean(symbol):
    symbol = re.sub(r" \(inlined\)$", "", symbol)
    symbol = re.sub(r"^(specialized |partial apply for |merged )+", "", symbol)
    return re.sub(r"^closure #\d+ in (closure #\d+ in )*", "", symbol)


def samples(stream):
    """Stacks, innermost frame first."""
    stack = []
    for line in stream:
        if not line.strip():
            if stack:
                yield stack
            stack = []
        elif line[0] in " \t":
            parts = line.strip().split(" ", 1)
            stack.append(clean(parts[1] if len(parts) > 1 else "?"))
    if stack:
        yield stack


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--under", help="break down what the innermost frame matching this calls")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    stacks = list(samples(sys.stdin))
    total = len(stacks)
    if total == 0:
        sys.exit("no samples on standard input")

    def show(counter):
        for name, count in counter.most_common(args.top):
            print(f"{100 * count / total:6.1f}%  {name[:160]}")

    if args.under:
        pattern = re.compile(args.under)
        callees = collections.Counter()
        matched = 0
        for stack in stacks:
            hits = [i for i, frame in enumerate(stack) if pattern.search(frame)]
            if not hits:
                continue
            matched += 1
            below = [frame for frame in stack[:hits[0]] if not PLUMBING.search(frame)]
            callees[below[-1] if below else "(its own code)"] += 1
        print(f"{total} samples, {100 * matched / total:.1f}% under {args.under}; what it calls:")
        show(callees)
        return

    inclusive, innermost = collections.Counter(), collections.Counter()
    for stack in stacks:
        project = [frame for frame in stack if PROJECT.search(frame) and not PLUMBING.search(frame)]
        for frame in set(project):
            inclusive[frame] += 1
        innermost[project[0] if project else "(outside project code)"] += 1
    print(f"{total} samples\n-- under each project function (inclusive)")
    show(inclusive)
    print("-- innermost project function (its own time and the library code it calls)")
    show(innermost)


if __name__ == "__main__":
    main()
