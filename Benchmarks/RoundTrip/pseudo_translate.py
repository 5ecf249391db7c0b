#!/usr/bin/env python3
"""Fills every segment of an extracted XLIFF 2.x or PO file with a pseudo-Persian translation.

    pseudo_translate.py IN.xlf OUT.xlf     # XLIFF 2.x: a <target> in every <segment>
    pseudo_translate.py IN.po OUT.po       # PO: every msgstr

The translation is the source with Latin letters mapped to Persian letters and ASCII digits to
Persian digits (and , ; ? “ ” to ، ؛ ؟ « »), so it has about the source's length and looks like
Persian to the importer, while every inline code is kept exactly: in XLIFF the <pc>, <ph>,
<sc>, <ec> elements and their attributes are copied and only text is mapped; in PO the
document's own markup (`**`, `*`, `[...](url)`, backslash escapes) is kept, URLs unmapped.
Every XLIFF segment gets state="translated". Standard library only.
"""

import copy
import re
import sys
import xml.etree.ElementTree as ET

LETTERS = {
    "a": "ا", "b": "ب", "c": "ک", "d": "د", "e": "ه", "f": "ف", "g": "گ", "h": "ح", "i": "ی",
    "j": "ج", "k": "ک", "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "پ", "q": "ق", "r": "ر",
    "s": "س", "t": "ت", "u": "و", "v": "و", "w": "و", "x": "خ", "y": "ی", "z": "ز",
}
TABLE = {}
for latin, persian in LETTERS.items():
    TABLE[ord(latin)] = persian
    TABLE[ord(latin.upper())] = persian
for digit in range(10):
    TABLE[ord("0") + digit] = chr(0x06F0 + digit)
TABLE.update({ord(","): "،", ord(";"): "؛", ord("?"): "؟", ord("“"): "«", ord("”"): "»"})


def persian(text):
    return text.translate(TABLE) if text else text


# XLIFF 2 -----------------------------------------------------------------------------------

XML_NS = "{http://www.w3.org/XML/1998/namespace}"


def fill_xliff(src, dst):
    # Keep the file's prefixes (default namespace, mda:, ...) when writing it back.
    for _, (prefix, uri) in ET.iterparse(src, events=["start-ns"]):
        ET.register_namespace(prefix, uri)
    tree = ET.parse(src)
    root = tree.getroot()
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    segments = 0
    for segment in root.iter(ns + "segment"):
        source = segment.find(ns + "source")
        if source is None:
            continue
        for old in segment.findall(ns + "target"):
            segment.remove(old)
        target = copy.deepcopy(source)
        target.tag = ns + "target"
        target.attrib = {k: v for k, v in source.attrib.items() if k == XML_NS + "space"}
        for element in target.iter():
            element.text = persian(element.text)
            if element is not target:
                element.tail = persian(element.tail)
        target.tail = source.tail
        children = list(segment)
        segment.insert(children.index(source) + 1, target)
        segment.set("state", "translated")
        segments += 1
    with open(dst, "w", encoding="utf-8", newline="") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        tree.write(out, encoding="unicode", xml_declaration=False)
        out.write("\n")
    return segments


# PO ----------------------------------------------------------------------------------------

QUOTED = re.compile(r'^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])?\s*"(.*)"\s*$')
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
# Markdown that must survive: backslash escapes, the URL part of a link, code spans.
PROTECTED = re.compile(r"\\.|\]\([^)]*\)|`[^`]*`|<[^>]*>", re.S)


def po_unescape(value):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), value)


def po_escape(value):
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def persian_markup(text):
    out, last = [], 0
    for match in PROTECTED.finditer(text):
        out.append(persian(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(persian(text[last:]))
    return "".join(out)


def fill_po(src, dst):
    """Entries are separated by blank lines, as bitext writes them; the header entry (empty
    msgid) is kept as it is."""
    with open(src, encoding="utf-8") as f:
        entries = f.read().split("\n\n")
    segments = 0
    for number, entry in enumerate(entries):
        ending = entry[len(entry.rstrip("\n")):]
        lines = entry.rstrip("\n").split("\n")
        fields, keyword, kept = {}, None, []
        for line in lines:
            match = QUOTED.match(line)
            if match:
                if match.group(1):
                    keyword = match.group(1)
                    fields[keyword] = ""
                fields[keyword] += match.group(2)
                if keyword == "msgstr":
                    continue
            else:
                keyword = None
            kept.append(line)
        msgid = po_unescape(fields.get("msgid", ""))
        if msgid == "" or "msgstr" not in fields:
            continue
        kept = [line for line in kept if line != "#, fuzzy"]
        kept.append('msgstr "' + po_escape(persian_markup(msgid)) + '"')
        entries[number] = "\n".join(kept) + ending
        segments += 1
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\n\n".join(entries))
    return segments


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    count = fill_po(src, dst) if src.endswith(".po") else fill_xliff(src, dst)
    print(f"{dst}: {count:,} segments translated", file=sys.stderr)


if __name__ == "__main__":
    main()
