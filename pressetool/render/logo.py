"""The office's logo ([office] logo) as a picture Word can show: a PNG.

An SVG logo stands in the PDF as it is (WeasyPrint draws it as vectors); Word's
header gets a PNG of it, drawn by WeasyPrint and rasterised by PDFium (pypdfium2,
as the web preview does) at 600 dpi of the logo's height, so it prints sharply.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

DPI = 600


@cache
def logo_png(path: Path, height_mm: float) -> bytes:
    """The logo in `path` (SVG or PNG) as PNG bytes; a PNG as it is."""
    if path.suffix.lower() == ".png":
        return path.read_bytes()
    import pypdfium2

    from pressetool.render.weasyprint_import import HTML

    html = (
        f"<style>@page {{ size: 400mm {height_mm}mm; margin: 0 }} html, body {{ margin: 0 }} "
        f"img {{ display: block; height: {height_mm}mm }}</style>"
        f'<img src="{path.as_uri()}" alt="">'
    )
    pdf = HTML(string=html).write_pdf()
    page = pypdfium2.PdfDocument(pdf)[0]
    bitmap = page.render(scale=DPI / 72, fill_color=(255, 255, 255, 0)).to_pil()
    box = bitmap.getbbox(alpha_only=True) if bitmap.mode == "RGBA" else None
    picture = bitmap.crop((0, 0, box[2], bitmap.height)) if box else bitmap
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", dpi=(DPI, DPI))
    return buffer.getvalue()
