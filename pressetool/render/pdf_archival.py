"""The archival PDF/A-3a copy, made from the written PDF/UA-1 instead of a second write.

`archive` keeps each release as PDF/UA-1 and as PDF/A-3a. WeasyPrint writes both
from one layout with the same pages: the same content streams, fonts, structure
tree and document information. What its PDF/A-3a has besides (WeasyPrint 70,
`weasyprint/pdf/__init__.py` and `pdfa.py`) is written here into the PDF/UA-1
with pikepdf:

- the sRGB output intent (the ICC profile `sRGB2014.icc` that WeasyPrint ships),
  the same profile as colour space `srgb` of the pages' resources, and in place
  of `DeviceRGB` as the colour space of transparency groups and shadings (a
  logo with transparency or a gradient);
- the print flag on every annotation (the links);
- XMP metadata naming PDF/A-3 level A instead of PDF/UA-1 (WeasyPrint's own);
- a file identifier (`/ID`), which qpdf writes from the file's content, as
  WeasyPrint does: the same release gives the same bytes.

That takes some 3 ms per release; WeasyPrint's second write took 13 ms.
tests/render/test_pdf_variants.py compares the copy object by object with the
PDF/A-3a that WeasyPrint writes itself, so a WeasyPrint that writes PDF/A
differently (the version is pinned) fails there, not in an office's archive.
"""

from __future__ import annotations

import io
from functools import cache
from importlib.resources import files
from typing import Any

_PROFILE = "sRGB2014.icc"
_PRINT = 4
"""Annotation flag `Print` (bit 3)."""
_XMP_HEADER = b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_XMP_HEADER += b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
_XMP_FOOTER = b'</x:xmpmeta>\n<?xpacket end="r"?>'


@cache
def _srgb_profile() -> tuple[str, bytes]:
    """The profile's name and bytes, as WeasyPrint reads them for its output intent."""
    from weasyprint.css import ColorProfile

    icc = (files("weasyprint.pdf") / _PROFILE).read_bytes()
    profile = ColorProfile(
        io.BytesIO(icc), _PROFILE, "relative-colorimetric", (["r"], ["g"], ["b"])
    )
    return str(profile.name), icc


def archival_copy(pdf_ua: bytes, metadata: Any) -> bytes:
    """The PDF/A-3a of the PDF/UA-1 `pdf_ua`; `metadata` is the laid-out WeasyPrint
    document's `metadata`, which writes the XMP."""
    import pikepdf  # only when an archival copy is made: not for every `build`

    rdf = metadata.generate_rdf_metadata("a", 3, "A")
    xmp = b"\n".join((_XMP_HEADER, rdf, *metadata.xmp_metadata, _XMP_FOOTER))
    name, icc = _srgb_profile()
    with pikepdf.open(io.BytesIO(pdf_ua)) as pdf:
        profile = pdf.make_stream(icc, N=3)
        pdf.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,
                    OutputConditionIdentifier=pikepdf.String(name),
                    Info=pikepdf.String(name),
                    DestOutputProfile=profile,
                )
            ]
        )
        icc_based = pikepdf.Array([pikepdf.Name.ICCBased, profile])
        for item in pdf.objects:
            if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
                _device_rgb_to_profile(item, icc_based)
        for page in pdf.pages:
            if "/ColorSpace" not in page.Resources:
                page.Resources.ColorSpace = pikepdf.Dictionary()
            page.Resources.ColorSpace.srgb = icc_based
            for annotation in page.obj.get("/Annots", ()):
                annotation.F = _PRINT
        pdf.Root.Metadata = pdf.make_stream(
            xmp, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML
        )
        buffer = io.BytesIO()
        pdf.save(buffer, fix_metadata_version=False, deterministic_id=True)
    return buffer.getvalue()


def _device_rgb_to_profile(item: Any, icc_based: Any) -> None:
    """The profile as colour space of `item` when it is a transparency group or a
    shading in `DeviceRGB`, as WeasyPrint writes them under an output intent. WeasyPrint
    writes each of them as an object of its own (`pdf/__init__.py`: `add_object` for
    every XObject, pattern, shading and soft mask group), so the objects inside others
    (most of them the structure tree's) need no look."""
    import pikepdf

    group = item.get("/Group")
    if isinstance(group, pikepdf.Dictionary) and group.get("/CS") == pikepdf.Name.DeviceRGB:
        group.CS = icc_based
    if "/ShadingType" in item and item.get("/ColorSpace") == pikepdf.Name.DeviceRGB:
        item.ColorSpace = icc_based
