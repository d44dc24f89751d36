"""Bytes to text: BOMs, UTF-8, UTF-16, and the Arabic legacy code pages, detected not guessed.

charset-normalizer does the detection; it is asked only when the bytes are not valid UTF-8, and
its answer is restricted to encodings Arabic and English news actually arrives in, because on
short texts it otherwise proposes look-alike code pages.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

ARABIC_ENCODINGS = ("cp1256", "iso8859_6", "utf_16", "utf_8", "cp720", "mac_arabic")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


class DecodeError(ValueError):
    """The bytes are binary or in no encoding rasid reads."""


def decode(data: bytes) -> Decoded:
    """Decode document bytes.

    Raises:
        DecodeError: binary data, or no supported encoding decodes it.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"), (codecs.BOM_UTF16_BE, "utf_16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), "utf-8" if enc == "utf_8_sig" else "utf-16")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after its byte-order mark") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(ARABIC_ENCODINGS)).best()
    if best is None:
        raise DecodeError("not text in a supported encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6)")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise DecodeError("binary file (mostly control characters)")
    return Decoded(text, best.encoding.replace("_", "-"))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a BOM shows NUL in every other byte for ASCII characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, enc in ((odd, "utf_16_le"), (even, "utf_16_be")):
        if zeros.count(0) > 0.3 * len(zeros):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            if _control_ratio(text) < 0.05:
                return Decoded(text, "utf-16")
    return None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(text)
