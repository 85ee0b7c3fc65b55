"""Draws the committed pictures of the reading failure modes seen on real documents (issue 14), each in a layout the
reader never assumed: a TD1 card whose MRZ fills the card's width, a passport page shrunk to a phone thumbnail, a
clean white scan, an MRZ crop with nothing around it, an ink blot over a digit, and characters too small to read.

    python3 tests/BorderPost.Documents.Tests/Samples/FailureModes/make.py

Uses PIL and Debian's DejaVu and OCR-B fonts (not the service's Skia generator); writes the pictures and labels.json
beside this file. The identities are invented; their check digits are computed here.
"""

import json
import os

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def check(text):
    total = 0
    for i, c in enumerate(text):
        value = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def td1():
    number, birth, expiry = "IDH4820571", "910318", "310411"
    first = ("I<HTI" + number[:9] + check(number[:9]) + "<" * 15)[:30]
    second = birth + check(birth) + "F" + expiry + check(expiry) + "HTI" + "<" * 11
    second += check(first[5:30] + second[0:7] + second[8:15] + second[18:29])
    third = "JEAN<BAPTISTE<<ROSE<MARIE<<<<<"[:30]
    return [first, second, third]


def td3(surname="DORVIL", given="MARC<ANTOINE", number="RD4471203", nationality="HTI", birth="850921", sex="M", expiry="330615"):
    first = ("P<HTI" + surname + "<<" + given).ljust(44, "<")[:44]
    optional = "<" * 14
    body = number + check(number) + nationality + birth + check(birth) + sex + expiry + check(expiry)
    tail = optional + check(optional)
    composite = check(body[:10] + body[13:20] + body[21:28] + tail)
    return [first, body + tail + composite]


def draw_mrz(draw, lines, left, top, width, line_gap):
    """The lines on a strict pitch spanning `width` pixels, OCR-B at the size that pitch implies."""
    pitch = width / len(lines[0])
    font = ImageFont.truetype(OCRB, int(pitch / 0.72))
    for row, line in enumerate(lines):
        for i, c in enumerate(line):
            draw.text((left + i * pitch, top + row * line_gap), c, font=font, fill=(25, 25, 30))


def card_td1():
    """An ID-1 card photographed close: the MRZ's three lines fill 94 % of the picture's width."""
    image = Image.new("RGB", (1200, 760), (214, 226, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, 330, 400), fill=(150, 160, 170))
    sans = ImageFont.truetype(SANS, 34)
    for i, text in enumerate(["REPUBLIQUE D'HAITI", "CARTE D'IDENTIFICATION", "JEAN BAPTISTE", "ROSE MARIE", "18 03 1991"]):
        draw.text((380, 70 + i * 62), text, font=sans, fill=(40, 50, 90))
    draw_mrz(draw, td1(), 36, 455, 1128, 98)
    return image


def passport_page(lines, size=(1600, 1120), background=(236, 232, 220)):
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((int(w * 0.05), int(h * 0.12), int(w * 0.3), int(h * 0.62)), fill=(170, 160, 150))
    sans = ImageFont.truetype(SANS, int(h * 0.035))
    for i, text in enumerate(["PASSEPORT / PASSPORT", "DORVIL", "MARC ANTOINE", "HAITIENNE", "21 SEP 1985", "15 JUN 2033"]):
        draw.text((int(w * 0.36), int(h * (0.12 + i * 0.08))), text, font=sans, fill=(30, 30, 60))
    draw_mrz(draw, lines, int(w * 0.04), int(h * 0.78), int(w * 0.92), int(h * 0.085))
    return image


def main():
    labels = []

    def save(image, name, lines, verdict, mode, **options):
        image.save(os.path.join(HERE, name), **options)
        labels.append({"file": name, "mrz": "\n".join(lines) if lines else None, "verdict": verdict, "mode": mode})

    save(card_td1(), "td1-mrz-across-the-card.jpg", td1(), "clear", "large TD1 MRZ", quality=90)

    page = passport_page(td3())
    save(page.resize((400, 280), Image.LANCZOS), "passport-thumbnail-400px.jpg", td3(), "clear", "small image", quality=88)
    save(passport_page(td3(), background=(255, 255, 255)), "clean-white-scan.png", td3(), "clear", "clean scan without glare")

    crop = Image.new("RGB", (660, 64), (240, 238, 230))
    draw_mrz(ImageDraw.Draw(crop), td3(), 8, 6, 644, 28)
    save(crop, "mrz-crop-only.png", td3(), "clear", "MRZ crop without a document around it")

    blotted = passport_page(td3()).filter(ImageFilter.GaussianBlur(0.6))
    draw = ImageDraw.Draw(blotted)
    # A smear across the birth date's third and fourth digits (line 2, positions 16-17).
    pitch = 1600 * 0.92 / 44
    x = 1600 * 0.04 + 15.3 * pitch
    y = 1120 * (0.78 + 0.085)
    draw.ellipse((x, y + 4, x + pitch * 1.6, y + pitch * 1.1), fill=(95, 95, 100))
    save(blotted, "ink-blot-over-birth-date.jpg", td3(), "clear", "doubtful characters must not make a forgery", quality=85)

    tiny = passport_page(td3()).resize((100, 70), Image.LANCZOS)
    save(tiny, "too-small-to-read.png", td3(), "unreadable", "characters too small to read")

    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
