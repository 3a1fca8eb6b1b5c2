#!/usr/bin/env bash
# Build the desktop folder (dist/warehouse-app/) with PyInstaller from build.spec, then run
# the frozen self-test in it, and print how long the build took and how big the folder is.
# Needs the build extra: python3 -m pip install -e ".[build]". Used by .ci/run.
# On Windows run the two commands by hand (README "Desktop build").
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
python3 -m PyInstaller --noconfirm --clean --log-level WARN build.spec
seconds=$(( $(date +%s) - start ))

folder=dist/warehouse-app
size=$(du -sh "$folder" | cut -f1)
files=$(find "$folder" -type f | wc -l)
echo "build: ${seconds} s; ${folder}: ${size} in ${files} files"

# The frozen build must work with no display: the self-test draws offscreen.
QT_QPA_PLATFORM=offscreen "$folder/warehouse-app" --self-test
