"""Synthetic MRZ line pictures for training the line recogniser.

Independent of the service and of tests/BorderPost.Documents.Generator: its own text generator, several OCR-B cuts
(Debian's fonts-ocr-b and TeX Live's ocr-b-outline at six optical sizes, with different stroke weights), and the
optics of printers, scanners and phones (ink spread and thinning, stretch, tilt, perspective, curvature, blur, low
resolution, noise, JPEG, uneven light, glare, guilloche, neighbouring lines and clutter at the ends).
"""

import glob
import os
import random

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
HEIGHT = 32

# Debian's fonts-ocr-b (regular and its "S" variant; its E, F and X cuts are reverse, outline and boxed, L is
# italic), and TeX Live's ocr-b-outline at six optical sizes (fetched into .fonts/ by fonts.sh).
HERE = os.path.dirname(os.path.abspath(__file__))
FONT_GLOBS = [
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "/usr/share/fonts/opentype/ocr-b/OCRBS.otf",
    os.path.join(HERE, ".fonts", "ocrb*.otf"),
]

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
COUNTRIES = ["HTI", "DOM", "USA", "CAN", "FRA", "D<<", "UTO", "GBR", "ESP", "ITA", "NLD", "BEL", "CHE", "MEX", "COL",
             "VEN", "BRA", "CUB", "JAM", "PRI", "IRL", "POL", "CZE", "SWE", "NOR", "FIN", "AUS", "NZL", "JPN", "CHN",
             "IND", "NGA", "SEN", "MAR", "TUR", "RUS", "UKR", "ROU", "PRT", "ARG", "CHL", "PER", "ECU", "XXA", "EST"]


def fonts():
    found = sorted({path for pattern in FONT_GLOBS for path in glob.glob(pattern)})
    if not found:
        raise SystemExit("no OCR-B font found: apt-get install fonts-ocr-b")
    return found


def check_digit(text):
    weights = (7, 3, 1)
    total = 0
    for i, c in enumerate(text):
        value = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += value * weights[i % 3]
    return str(total % 10)


def _word(rng, low=2, high=10):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def _names(rng, width):
    surname = "<".join(_word(rng) for _ in range(rng.choice([1, 1, 1, 2, 3])))
    given = "<".join(_word(rng) for _ in range(rng.choice([0, 1, 1, 2, 3])))
    text = surname + ("<<" + given if given else "")
    if rng.random() < 0.15:
        text = text[:width]  # truncated long names reach the end of the line
    return text[:width].ljust(width, "<")


def _date(rng):
    return f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 31):02d}"


def _number(rng, width):
    kind = rng.random()
    if kind < 0.4:
        text = "".join(rng.choice(DIGITS) for _ in range(width))
    elif kind < 0.8:
        prefix = rng.randint(1, 3)
        text = "".join(rng.choice(LETTERS) for _ in range(prefix)) + "".join(rng.choice(DIGITS) for _ in range(width - prefix))
    else:
        text = "".join(rng.choice(LETTERS + DIGITS) for _ in range(width))
    if width > 5 and rng.random() < 0.2:
        text = text[: rng.randint(5, width)]
    return text.ljust(width, "<")


def _optional(rng, width):
    if rng.random() < 0.5:
        return "<" * width
    return _number(rng, rng.randint(3, width)).ljust(width, "<")[:width]


def mrz_lines(rng):
    """One document's MRZ lines, in any of the ICAO formats, with valid structure (check digits computed)."""
    fmt = rng.choice(["TD3", "TD3", "TD1", "TD1", "TD2", "MRVA", "MRVB"])
    country, nationality = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
    sex = rng.choice("MFF<X")
    birth, expiry = _date(rng), _date(rng)
    if fmt in ("TD3", "MRVA"):
        first = ("P" if fmt == "TD3" else "V") + rng.choice("<<<DOSAC") + country + _names(rng, 39)
        number = _number(rng, 9)
        optional = _optional(rng, 14 if fmt == "TD3" else 16)
        body = number + check_digit(number) + nationality + birth + check_digit(birth) + sex + expiry + check_digit(expiry)
        if fmt == "TD3":
            tail = optional + check_digit(optional)
            composite = check_digit(body[:10] + body[13:20] + body[21:28] + tail)
            return [first, body + tail + composite]
        return [first, body + optional]
    if fmt in ("TD2", "MRVB"):
        first = ("I" if fmt == "TD2" else "V") + rng.choice("<DP") + country + _names(rng, 31)
        number = _number(rng, 9)
        body = number + check_digit(number) + nationality + birth + check_digit(birth) + sex + expiry + check_digit(expiry)
        if fmt == "TD2":
            optional = _optional(rng, 7)
            return [first, body + optional + check_digit(body[:10] + body[13:20] + body[21:28] + optional)]
        return [first, body + _optional(rng, 8)]
    number = _number(rng, 9)
    first = rng.choice("IAC") + rng.choice("<DI") + country + number + check_digit(number) + _optional(rng, 15)
    second = birth + check_digit(birth) + sex + expiry + check_digit(expiry) + nationality + _optional(rng, 11)
    composite = check_digit(first[5:30] + second[0:7] + second[8:15] + second[18:29])
    return [first, second + composite, _names(rng, 30)]


def random_text(rng, length):
    """Structure-free text: the recogniser must read what is printed, not what an MRZ usually holds."""
    runs = []
    while sum(len(r) for r in runs) < length:
        kind = rng.random()
        if kind < 0.3:
            runs.append("<" * rng.randint(1, 12))
        elif kind < 0.6:
            runs.append("".join(rng.choice(DIGITS) for _ in range(rng.randint(1, 8))))
        else:
            runs.append("".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 8))))
    return "".join(runs)[:length]


class Renderer:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.font_paths = fonts()
        self._cache = {}

    def _glyphs(self, path, size, stroke):
        """Each character drawn once, white ink on black, in a cell of the font's line height."""
        key = (path, size, stroke)
        if key not in self._cache:
            font = ImageFont.truetype(path, size)
            ascent, descent = font.getmetrics()
            advance = font.getlength("0")
            cell = (int(math.ceil(advance)) + 2 * stroke + 4, ascent + descent + 4)
            glyphs = {}
            for c in ALPHABET:
                image = Image.new("L", cell, 0)
                ImageDraw.Draw(image).text((2, 2), c, font=font, fill=255, stroke_width=stroke, stroke_fill=255)
                glyphs[c] = np.array(image)
            self._cache[key] = (glyphs, advance, ascent)
        return self._cache[key]

    def _draw_line(self, text, path, size, stroke, pitch_scale):
        """The line, ink white on black, characters on a strict pitch (monospace)."""
        glyphs, advance, ascent = self._glyphs(path, size, stroke)
        advance *= pitch_scale
        cell_h, cell_w = glyphs["0"].shape
        width = int(advance * len(text)) + cell_w
        line = np.zeros((cell_h, width), np.uint8)
        for i, c in enumerate(text):
            x = int(round(i * advance))
            np.maximum(line[:, x:x + cell_w], glyphs[c], out=line[:, x:x + cell_w])
        return line, ascent

    def sample(self, text=None, neighbours=True, longest=44):
        """A picture of one text line (height HEIGHT, any width) and its text."""
        rng = self.rng
        if text is None:
            if rng.random() < 0.25:
                text = random_text(rng, rng.randint(8, longest))
            else:
                lines = mrz_lines(rng)
                line = rng.choice(lines)
                start = 0 if rng.random() < 0.3 else rng.randint(0, max(0, len(line) - 8))
                end = len(line) if rng.random() < 0.3 else rng.randint(min(len(line), start + 8), len(line))
                text = line[start:end][:longest]
        path = rng.choice(self.font_paths)
        size = rng.choice([28, 32, 36])
        stroke = 1 if rng.random() < 0.15 else 0
        # Printed MRZs space characters wider than the font's own advance (2.54 mm pitch for 2-2.4 mm high capitals).
        ink, ascent = self._draw_line(text, path, size, stroke, rng.uniform(0.95, 1.5))
        cap = ascent * 0.75  # cap height of OCR-B relative to the ascent, about

        # Ink spread or thinning (printer, toner, laser engraving).
        k = rng.random()
        if k < 0.2:
            ink = cv2.erode(ink, np.ones((2, 2), np.uint8), iterations=rng.randint(1, 2))
        elif k < 0.4:
            ink = cv2.dilate(ink, np.ones((2, 2), np.uint8), iterations=rng.randint(1, 2))

        # Stretch: height and width vary between printers and with perspective.
        ink = cv2.resize(ink, None, fx=rng.uniform(0.85, 1.2), fy=1.0, interpolation=cv2.INTER_AREA)

        # Canvas: text height is about 55-70 % of the crop; neighbouring lines may show above and below; clutter at the ends.
        h, w = ink.shape
        line_gap = int(cap * rng.uniform(1.35, 1.9))
        pad_x = [int(cap * rng.uniform(0.0, 1.6)) for _ in range(2)]
        pad_top, pad_bottom = int(cap * rng.uniform(0.15, 0.6)), int(cap * rng.uniform(0.15, 0.6))
        canvas = np.zeros((h + pad_top + pad_bottom, w + sum(pad_x)), np.uint8)
        canvas[pad_top:pad_top + h, pad_x[0]:pad_x[0] + w] = ink
        if neighbours and rng.random() < 0.5:
            for direction in (-1, 1):
                if rng.random() < 0.5:
                    other, _ = self._draw_line(random_text(rng, len(text)), path, size, stroke, 1.0)
                    other = cv2.resize(other, (w, h))
                    y = pad_top + direction * line_gap
                    top, bottom = max(0, y), min(canvas.shape[0], y + h)
                    if bottom > top:
                        canvas[top:bottom, pad_x[0]:pad_x[0] + w] = np.maximum(
                            canvas[top:bottom, pad_x[0]:pad_x[0] + w], other[top - y:bottom - y])
        if rng.random() < 0.3:
            # A card edge, a photo corner or a stamp fragment at one end.
            x = rng.choice([rng.randint(0, max(1, pad_x[0])), canvas.shape[1] - rng.randint(1, max(2, pad_x[1] + 1))])
            cv2.line(canvas, (x, 0), (x + rng.randint(-5, 5), canvas.shape[0]), rng.randint(80, 255), rng.randint(1, 4))

        # Geometry: tilt, shear, slight curvature.
        canvas = self._warp(canvas)

        # Paper and ink: background level, gradient, guilloche, ink darkness.
        picture = self._paper(canvas)

        # Optics: resolution down to a few pixels per character, blur, noise, JPEG, glare.
        picture = self._optics(picture, cap, canvas.shape[0])
        return picture, text

    def _warp(self, canvas):
        rng = self.rng
        h, w = canvas.shape
        angle = rng.uniform(-1.5, 1.5)
        shear = rng.uniform(-0.12, 0.12)
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        matrix[0, 1] += shear
        matrix[0, 2] -= shear * h / 2
        canvas = cv2.warpAffine(canvas, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
        if rng.random() < 0.25:
            amplitude = rng.uniform(0.5, 2.5)
            period = rng.uniform(1.0, 3.0) * w
            ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
            ys = ys + amplitude * np.sin(2 * np.pi * xs / period).astype(np.float32)
            canvas = cv2.remap(canvas, xs, ys, cv2.INTER_LINEAR, borderValue=0)
        return canvas

    def _paper(self, canvas):
        rng = self.rng
        h, w = canvas.shape
        paper = np.full((h, w), rng.uniform(170, 250), np.float32)
        gx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        gy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        paper += rng.uniform(-40, 40) * gx + rng.uniform(-25, 25) * gy
        if rng.random() < 0.5:
            # Guilloche: fine security-print waves under the MRZ.
            for _ in range(rng.randint(1, 4)):
                xs = np.arange(w, dtype=np.float32)
                freq, phase = rng.uniform(0.01, 0.12), rng.uniform(0, 6.28)
                wave = (np.sin(xs * freq + phase) * rng.uniform(2, h / 2) + rng.uniform(0, h)).astype(int)
                strength = rng.uniform(10, 70)
                inside = (wave >= 0) & (wave < h)
                paper[wave[inside], xs[inside].astype(int)] -= strength
        paper += self.np_rng.normal(0, rng.uniform(0, 6), (h, w)).astype(np.float32)
        ink_level = rng.uniform(0, 100)
        alpha = canvas.astype(np.float32) / 255.0
        picture = paper * (1 - alpha) + ink_level * alpha
        return np.clip(picture, 0, 255).astype(np.uint8)

    def _optics(self, picture, cap, canvas_height):
        rng = self.rng
        h, w = picture.shape
        # Characters as small as 5-6 px high in the original (a far phone photo), or as large as a flatbed scan.
        kind = rng.random()
        target_cap = rng.uniform(6, 10) if kind < 0.2 else rng.uniform(9, 20) if kind < 0.6 else rng.uniform(14, 40)
        factor = min(1.0, target_cap / cap)
        small = cv2.resize(picture, (max(8, int(w * factor)), max(6, int(h * factor))), interpolation=cv2.INTER_AREA)
        if rng.random() < 0.5:
            # Blur in proportion to the characters: a 7 px character blurred by 2 px is gone, and its label would lie.
            sigma = target_cap * (rng.uniform(0.02, 0.08) if rng.random() < 0.8 else rng.uniform(0.08, 0.12))
            small = cv2.GaussianBlur(small, (0, 0), max(0.3, sigma))
        if rng.random() < 0.15:
            length = rng.randint(2, 5)
            kernel = np.zeros((length, length), np.float32)
            kernel[length // 2, :] = 1.0 / length
            small = cv2.filter2D(small, -1, kernel)
        if rng.random() < 0.2:
            # Glare: a bright patch that washes part of the line out.
            gh, gw = small.shape
            mask = np.zeros((gh, gw), np.float32)
            cv2.ellipse(mask, (rng.randint(0, gw), rng.randint(0, gh)), (rng.randint(gw // 20 + 1, gw // 4 + 2), rng.randint(gh // 2, gh * 2)),
                        0, 0, 360, 1.0, -1)
            mask = cv2.GaussianBlur(mask, (0, 0), max(1, gh / 3))
            small = np.clip(small.astype(np.float32) + mask * rng.uniform(30, 90), 0, 255).astype(np.uint8)
        small = np.clip(small.astype(np.float32) + self.np_rng.normal(0, rng.uniform(0, 10), small.shape), 0, 255).astype(np.uint8)
        if rng.random() < 0.6:
            ok, encoded = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(25, 95)])
            small = cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
        return to_input(small)


def to_input(gray):
    """What the service does to a line crop before the network: height HEIGHT, width to keep the aspect, levels stretched."""
    h, w = gray.shape
    width = max(8, int(round(w * HEIGHT / h)))
    resized = cv2.resize(gray, (width, HEIGHT), interpolation=cv2.INTER_AREA if h > HEIGHT else cv2.INTER_CUBIC)
    low, high = np.percentile(resized, 2), np.percentile(resized, 98)
    scaled = (resized.astype(np.float32) - low) / max(1.0, high - low)
    return np.clip(scaled, 0, 1).astype(np.float32)
