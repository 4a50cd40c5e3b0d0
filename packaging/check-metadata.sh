#!/usr/bin/env bash
# The package's metadata as the distributions' tools read it: the desktop
# entry, the AppStream file, and THIRD-PARTY.md in step with the manifests.
# A test (ctest -R PackagingMetadata) runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
desktop-file-validate resources/org.lectern.Lectern.desktop
appstreamcli validate --no-net resources/org.lectern.Lectern.metainfo.xml
python3 packaging/make-third-party.py --check
echo "desktop entry, AppStream metadata and THIRD-PARTY.md: clean"
