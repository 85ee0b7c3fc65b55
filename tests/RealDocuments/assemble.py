"""Puts the real development set together from the public repositories it comes from.

    python3 tests/RealDocuments/assemble.py MIRRORS OUT

MIRRORS holds bare git snapshots of the source repositories as `owner+name/repo` (the layout the workplace's fetch tool
writes); OUT receives the pictures and labels.json. Each picture is taken at the commit labels.json names and checked
against its SHA-256; ICAO Doc 9303 figures are rendered from the PDF page at 300 dpi (poppler-utils) and cropped to the
recorded box; BMP and WebP pictures are converted to PNG (ImageMagick), as the service takes JPEG, PNG and TIFF.
The pictures are not in this repository: they are other people's data, kept in the shared folder beside it
(../shared/documents/real), where RealDocumentSetTests and the evaluation command find them.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def git_show(mirrors, repo, commit, path):
    git_dir = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def main():
    mirrors, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    missing = []
    with tempfile.TemporaryDirectory() as work:
        for item in labels:
            target = os.path.join(out, item["file"])
            pdf = re.match(r"(.*\.pdf), page (\d+)", item["source_path"])
            # A note in brackets may follow the path (and a path may hold brackets itself).
            paths = [pdf.group(1)] if pdf else [item["source_path"], item["source_path"].rsplit(" (", 1)[0]]
            data = None
            for path in paths:
                try:
                    data = git_show(mirrors, item["source_repo"], item["source_commit"], path)
                    break
                except subprocess.CalledProcessError:
                    continue
            if data is None:
                missing.append(item["file"])
                continue
            if pdf:
                source = os.path.join(work, "page.pdf")
                open(source, "wb").write(data)
                page = os.path.join(work, "page")
                subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", pdf.group(2), "-l", pdf.group(2), "-singlefile", source, page], check=True)
                x, y, w, h = item["pdf_crop_at_300dpi"]
                subprocess.run(["convert", page + ".png", "-crop", f"{w}x{h}+{x}+{y}", "+repage", target], check=True)
                continue
            if hashlib.sha256(data).hexdigest() != item["source_sha256"]:
                missing.append(item["file"] + " (different bytes)")
                continue
            if item.get("converted_to_png"):
                source = os.path.join(work, "source")
                open(source, "wb").write(data)
                subprocess.run(["convert", source, target], check=True)
            else:
                open(target, "wb").write(data)
    json.dump(labels, open(os.path.join(out, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(f"{len(labels) - len(missing)} of {len(labels)} pictures in {out}")
    for name in missing:
        print("missing:", name)


if __name__ == "__main__":
    main()
