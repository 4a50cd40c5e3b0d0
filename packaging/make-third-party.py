#!/usr/bin/env python3
"""Writes THIRD-PARTY.md: every library Lectern links, with its licence, and
every source the shipped models were trained on, with its licence, read from
the corpus manifests, so the weights' provenance is stated in one place.

    packaging/make-third-party.py            # rewrites THIRD-PARTY.md
    packaging/make-third-party.py --check    # exit 1 if THIRD-PARTY.md is stale (a test runs this)
"""

import collections
import csv
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# (library, what Lectern uses it for, licence as Debian 12 ships it, Debian package)
LIBRARIES = [
    ("Qt 6.4 (Core, Gui, Widgets, Multimedia, Multimedia Widgets)", "the window, playback, settings, translations",
     "LGPL-3.0-only or GPL-2.0-or-later or GPL-3.0-only", "qt6-base, qt6-multimedia"),
    ("FFmpeg (libavformat, libavcodec, libavutil, libswresample, libswscale)", "decoding every audio and video format",
     "LGPL-2.1-or-later; Debian's build enables GPL parts, so GPL-2.0-or-later as shipped", "ffmpeg"),
    ("FFTW 3", "the spectra behind spectrograms, fingerprints and log-mel features", "GPL-2.0-or-later", "fftw3"),
    ("libebur128", "loudness (EBU R 128)", "MIT", "libebur128"),
    ("TagLib", "reading and writing tags", "LGPL-2.1-only or MPL-1.1", "taglib"),
    ("SQLite 3 (with FTS5)", "the catalog and its word search", "public domain", "sqlite3"),
    ("libpq (PostgreSQL's client library)", "a school's shared catalog on a PostgreSQL server", "PostgreSQL",
     "postgresql-15"),
    ("hnswlib", "the vector index (header-only)", "Apache-2.0", "hnswlib"),
    ("libtorch 1.13 (PyTorch's C++ library)", "running the shipped models (a plugin, loaded on first use)",
     "BSD-3-Clause", "pytorch"),
    ("OpenBLAS", "matrix products for libtorch", "BSD-3-Clause", "openblas"),
    ("OpenCV (libopencv-core and others, pulled in by Debian's libtorch)", "not used directly", "Apache-2.0",
     "opencv"),
    ("GStreamer with plugins-good and gst-libav (run time)", "Qt Multimedia's playback back end on Linux",
     "LGPL-2.1-or-later (gst-libav links FFmpeg: GPL as shipped)", "gstreamer1.0"),
]

# Sources of the search vocabulary (tools/vocabulary/build.sh).
VOCABULARY = [
    ("wordnet-base", "synonyms, hypernyms and verb forms of the sound concepts", "WordNet licence (BSD-like)"),
    ("tuxpaint-stamps-default", "the stamps' captions in about 65 languages: words for sounds in other languages",
     "GPL-2.0"),
]


def classifier_sources():
    manifest = json.loads((ROOT / "tools/corpus/manifest.json").read_text(encoding="utf-8"))
    rows = collections.OrderedDict()
    for source in manifest["sources"]:
        key = (source["package"], source["licence"])
        entry = rows.setdefault(key, {"contributes": [], "pools": set()})
        entry["contributes"].append(source["contributes"])
        entry["pools"].add(source["pool"])
    return rows


def sound_concept_sources():
    counts = collections.Counter()
    with open(ROOT / "resources/models/sound-concepts.sources.tsv", encoding="utf-8") as table:
        # Columns: package, path, licence, copyright, concepts; '#' lines say so.
        for row in csv.reader((line for line in table if not line.startswith("#")), delimiter="\t"):
            counts[(row[0], row[2])] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def cell(text):
    return text.replace("|", "\\|")


def render():
    out = []
    out.append("# Third-party software and data\n")
    out.append("Lectern is free software under the GNU General Public License, version 3 or later "
               "(see `LICENSE`). It links the libraries below, and its shipped models "
               "(`resources/models/`) were trained by its own tools from the data sources below, "
               "all taken from Debian 12 packages. This file is written by "
               "`packaging/make-third-party.py` from the corpus manifests; it is installed with the "
               "program (`share/doc/lectern/THIRD-PARTY.md`).\n")
    out.append("## Libraries\n")
    out.append("| library | used for | licence | Debian source |")
    out.append("|---|---|---|---|")
    for name, use, licence, package in LIBRARIES:
        out.append(f"| {cell(name)} | {cell(use)} | {cell(licence)} | {package} |")
    out.append("")
    out.append("FFTW 3 and Debian's FFmpeg are under the GPL, so Lectern as shipped must be "
               "GPL-compatible: it is GPL-3.0-or-later. Qt is used under the LGPL, dynamically linked.\n")
    out.append("## Models and the data they were trained on\n")
    out.append("### The five classes, the joint text space, the 64-bit codes and the modifier\n")
    out.append("From `tools/corpus/manifest.json` (package, licence from its copyright file, what it "
               "contributes, and the pool: `train` material builds the training splits, `heldout` only "
               "the held-out evaluation).\n")
    out.append("| package | licence | contributes | pool |")
    out.append("|---|---|---|---|")
    for (package, licence), entry in classifier_sources().items():
        pools = ", ".join(sorted(entry["pools"]))
        out.append(f"| {cell(package)} | {cell(licence)} | {cell('; '.join(entry['contributes']))} | {pools} |")
    out.append("")
    out.append("### The sound-concept head (real recordings)\n")
    out.append("From `resources/models/sound-concepts.sources.tsv`, which lists the path, licence and "
               "copyright holder of every recording used (it is installed beside the models). "
               "Recordings per package and licence:\n")
    out.append("| package | licence | recordings |")
    out.append("|---|---|---|")
    for (package, licence), count in sound_concept_sources():
        out.append(f"| {cell(package)} | {cell(licence)} | {count} |")
    out.append("")
    out.append("### The search vocabulary\n")
    out.append("| package | contributes | licence |")
    out.append("|---|---|---|")
    for package, use, licence in VOCABULARY:
        out.append(f"| {package} | {cell(use)} | {cell(licence)} |")
    out.append("")
    out.append("Where a source is under a share-alike licence (CC-BY-SA), the weights learnt from it are "
               "distributed under the same terms as the program (GPL-3.0-or-later, which CC-BY-SA-4.0 "
               "names as compatible); the sources and their authors are credited above and in the "
               "installed manifests.\n")
    return "\n".join(out)


def main():
    text = render()
    target = ROOT / "THIRD-PARTY.md"
    if "--check" in sys.argv[1:]:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            sys.exit("THIRD-PARTY.md is out of date: run packaging/make-third-party.py")
        return
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
