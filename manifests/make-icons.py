#!/usr/bin/env python3
"""Draws the Teams app icons without any imaging library (TMAN icons: color 192x192, outline 32x32
white on transparent). Run from this folder: python3 make-icons.py. The shape is a speech bubble
holding three rising bars: a conversation about a pipeline."""
import struct
import zlib

ACCENT = (0x2B, 0x57, 0x9A, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def bubble(x, y, size):
    """True where the speech bubble with its bars is drawn, in a size x size square."""
    u, v = x / size, y / size
    inside_body = 0.12 <= u <= 0.88 and 0.14 <= v <= 0.70
    inside_tail = 0.22 <= u <= 0.40 and 0.70 <= v <= 0.86 and (u - 0.22) <= (0.86 - v) * 1.1
    if not (inside_body or inside_tail):
        return False
    bars = [(0.26, 0.38, 0.50), (0.44, 0.56, 0.38), (0.62, 0.74, 0.26)]
    in_bar = any(left <= u <= right and top <= v <= 0.60 for left, right, top in bars)
    return not in_bar


def color_pixel(x, y):
    return WHITE if bubble(x, y, 192) else ACCENT


def outline_pixel(x, y):
    return WHITE if bubble(x, y, 32) else CLEAR


if __name__ == "__main__":
    with open("color.png", "wb") as f:
        f.write(png(192, 192, color_pixel))
    with open("outline.png", "wb") as f:
        f.write(png(32, 32, outline_pixel))
