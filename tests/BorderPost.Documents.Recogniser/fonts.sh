#!/usr/bin/env bash
# Puts TeX Live's OCR-B outline cuts (ocrb5..ocrb10, from Debian's texlive-fonts-extra, LPPL/public domain per its
# copyright file) into .fonts/ for train.py, without installing the whole package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download texlive-fonts-extra >/dev/null)
dpkg-deb --fsys-tarfile "$work"/texlive-fonts-extra_*.deb \
  | tar -x -C "$work" --wildcards './usr/share/texlive/texmf-dist/fonts/opentype/public/ocr-b-outline/*.otf'
mkdir -p "$here/.fonts"
cp "$work"/usr/share/texlive/texmf-dist/fonts/opentype/public/ocr-b-outline/*.otf "$here/.fonts/"
ls "$here/.fonts"
