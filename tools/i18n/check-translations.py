#!/usr/bin/env python3
"""Checks that every translation covers the window's strings as they are now.

    check-translations.py LUPDATE SOURCE_ROOT TS_FILE...

lupdate reads the window's and lectern-cli's sources (ui/, app/gui/, app/cli/) into a scratch .ts; then
each TS_FILE must have exactly those messages (context, source, comment),
none unfinished or empty, with the same placeholders (%1…%9, %n, %Ln) as the
source and as many plural forms as its language has. Exit 1 with the reasons.
"""

import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "zh": 1, "ar": 6}
PLACEHOLDER = re.compile(r"%L?(?:\d|n)")


def messages(ts_path):
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def check(ts_path, expected):
    problems = []
    language = ET.parse(ts_path).getroot().get("language", "")
    forms = PLURAL_FORMS.get(language.split("_")[0])
    if forms is None:
        return [f"{ts_path.name}: unknown language {language!r}"]
    have = messages(ts_path)
    for key in expected.keys() - have.keys():
        problems.append(f"{ts_path.name}: not translated: {key[0]}: {key[1]!r}")
    for key in have.keys() - expected.keys():
        problems.append(f"{ts_path.name}: no longer in the sources: {key[0]}: {key[1]!r}")
    for key, message in have.items():
        if key not in expected:
            continue
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{ts_path.name}: {translation.get('type')}: {key[1]!r}")
            continue
        wanted = placeholders(key[1])
        if message.get("numerus") == "yes":
            plural = [form.text or "" for form in translation.iter("numerusform")]
            if len(plural) != forms:
                problems.append(f"{ts_path.name}: {len(plural)} plural forms, {forms} wanted: {key[1]!r}")
            # A form for one thing may say "one" in words instead of %n.
            for form in plural:
                if not form.strip():
                    problems.append(f"{ts_path.name}: an empty plural form: {key[1]!r}")
                if [p for p in placeholders(form) if p not in ("%n", "%Ln")] != [
                        p for p in wanted if p not in ("%n", "%Ln")]:
                    problems.append(f"{ts_path.name}: placeholders differ in {form!r} for {key[1]!r}")
        else:
            text = translation.text or ""
            if not text.strip():
                problems.append(f"{ts_path.name}: empty translation: {key[1]!r}")
            elif placeholders(text) != wanted:
                problems.append(f"{ts_path.name}: placeholders differ in {text!r} for {key[1]!r}")
    return problems


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    lupdate, root, ts_files = sys.argv[1], pathlib.Path(sys.argv[2]), [pathlib.Path(p) for p in sys.argv[3:]]
    sources = sorted(str(p) for folder in ("ui", "app/gui", "app/cli") for p in (root / folder).rglob("*")
                     if p.suffix in (".cpp", ".h"))
    with tempfile.TemporaryDirectory() as scratch:
        fresh = pathlib.Path(scratch) / "fresh.ts"
        listing = pathlib.Path(scratch) / "sources.lst"
        listing.write_text("\n".join(sources))
        subprocess.run([lupdate, "-silent", "-locations", "none", "-I", str(root), "-I", str(root / "core"), "-I", str(root / "app"),
                        f"@{listing}", "-ts", str(fresh)], check=True)
        expected = messages(fresh)
    problems = []
    for ts_path in ts_files:
        problems += check(ts_path, expected)
    for problem in problems:
        print(problem)
    print(f"{len(expected)} strings; {len(ts_files)} translations; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
