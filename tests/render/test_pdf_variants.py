"""The archive writes the normal PDF and the PDF/A copy from one layout: each is the
same document as when it is laid out on its own (same pages, same text), the PDF/A
keeps its XMP and sRGB output intent, the normal one stays tagged PDF/UA-1 without."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from pressetool.compose.press_release import compose_press_release
from pressetool.office import load_config
from pressetool.reading.release_reader import read_release
from pressetool.render.pdf import PressReleasePdf
from pressetool.render.press_release import ReleaseFormat, render_press_release
from tests.builders import office_config, office_folder, write_release
from tests.readback import REFERENCE_RELEASE, pdf_text

ARCHIVAL = ReleaseFormat.ARCHIVAL_PDF.value
PARAGRAPH = "  Ein Absatz, der die Pressemitteilung länger macht als eine Seite. " * 6 + "\n\n"


def long_release(office: Path) -> Path:
    """The reference release with a body of several pages."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    return write_release(
        office, "2020/067-lang.yaml", text.replace("body: |\n", "body: |\n" + PARAGRAPH * 12, 1)
    )


def page_streams(pdf: bytes) -> list[bytes]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return [page.Contents.read_bytes() for page in doc.pages]


def catalog_facts(pdf: bytes) -> dict[str, object]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        root = doc.Root
        xmp = root.Metadata.read_bytes().decode() if "/Metadata" in root else ""
        intents = [str(intent.S) for intent in root.get("/OutputIntents", [])]
        profiles = ["/DestOutputProfile" in intent for intent in root.get("/OutputIntents", [])]
        return {
            "tagged": "/StructTreeRoot" in root and bool(root.MarkInfo.Marked),
            "lang": str(root.Lang),
            "pdfua": bool(re.search(r'pdfuaid:part(="|>)1', xmp)),
            "pdfa": bool(re.search(r'pdfaid:part(="|>)3', xmp))
            and bool(re.search(r'pdfaid:conformance(="|>)A', xmp)),
            "intents": intents,
            "profiles": profiles,
            "pages": len(doc.pages),
        }


@pytest.mark.parametrize("long", [False, True], ids=["one page", "several pages"])
def test_one_layout_gives_both_pdfs_as_laid_out_alone(tmp_path: Path, long: bool) -> None:
    office = office_folder(tmp_path / "pressestelle")
    config = load_config(office)
    release = read_release(long_release(office) if long else REFERENCE_RELEASE)
    content = compose_press_release(release, config)

    both = render_press_release(content, config, list(ReleaseFormat))
    alone_pdf = PressReleasePdf(content, config).render()
    alone_archival = PressReleasePdf(content, config).render(variant=ARCHIVAL)

    normal, archival = both[ReleaseFormat.PDF], both[ReleaseFormat.ARCHIVAL_PDF]
    assert catalog_facts(normal) == catalog_facts(alone_pdf)
    assert catalog_facts(archival) == catalog_facts(alone_archival)
    facts = catalog_facts(normal)
    assert facts["tagged"] and facts["pdfua"] and not facts["pdfa"]
    assert facts["intents"] == [] and facts["lang"] == "de-DE"
    facts = catalog_facts(archival)
    assert facts["tagged"] and facts["pdfa"]
    assert facts["intents"] == ["/GTS_PDFA1"] and facts["profiles"] == [True]
    assert (len(page_streams(archival)) > 1) is long
    assert page_streams(normal) == page_streams(alone_pdf)
    assert page_streams(archival) == page_streams(alone_archival)
    texts = []
    for name, data in [("a", normal), ("b", alone_pdf), ("c", archival)]:
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        texts.append(pdf_text(path))
    assert texts[0] == texts[1] == texts[2]


BACK_LINKS = frozenset({"/P", "/Parent", "/Pg", "/StructParent", "/StructParents"})
"""Keys that point back up the tree (from a structure element to its parent, …):
left out, the tree is compared from the top."""


def graph(pdf: bytes) -> object:
    """The PDF's document catalog and information as plain values, streams by their
    decoded bytes, wherever each object is stored and however it is numbered."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return plain(doc.Root), plain(doc.trailer.Info), doc.pdf_version, "/ID" in doc.trailer


def plain(value: object, depth: int = 0) -> object:
    assert depth < 60
    if isinstance(value, pikepdf.Stream):
        keys = {k: plain(v, depth + 1) for k, v in value.items() if k not in ("/Length", "/Filter")}
        return ("stream", keys, value.read_bytes())
    if isinstance(value, pikepdf.Dictionary):
        return {k: plain(v, depth + 1) for k, v in value.items() if k not in BACK_LINKS}
    if isinstance(value, pikepdf.Array):
        return [plain(item, depth + 1) for item in value]
    return str(value)


@pytest.mark.parametrize("long", [False, True], ids=["one page", "several pages"])
def test_the_archival_copy_is_weasyprint_s_own_pdf_a(tmp_path: Path, long: bool) -> None:
    """The PDF/A-3a made from the PDF/UA-1 (render/pdf_archival.py) is, object by
    object, the one WeasyPrint writes itself: output intent with its profile, colour
    space, XMP, printable links, structure tree, pages, fonts and identifier."""
    office = office_folder(tmp_path / "pressestelle")
    config = load_config(office)
    path = long_release(office) if long else REFERENCE_RELEASE
    text = path.read_text(encoding="utf-8").replace(
        "body: |\n", "body: |\n  Fragen an presse@ba-mitte.berlin.de oder https://berlin.de.\n\n", 1
    )
    release = read_release(write_release(office, "2020/067-links.yaml", text))
    renderer = PressReleasePdf(compose_press_release(release, config), config)
    normal, archival = renderer.render_with_archival()
    assert normal == renderer.render()
    assert graph(archival) == graph(renderer.render(variant=ARCHIVAL))
    with pikepdf.open(io.BytesIO(archival)) as doc:
        links = [a for page in doc.pages for a in page.get("/Annots", [])]
        assert len(links) == 2 and all(int(link.F) == 4 for link in links)


LOGOS = {
    # A gradient and a transparent circle: a shading and transparency groups.
    "svg": '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    '<defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/>'
    '<stop offset="1" stop-color="#00c"/></linearGradient></defs>'
    '<rect width="120" height="40" fill="url(#g)"/>'
    '<circle cx="60" cy="20" r="15" fill="#0c0" opacity="0.5"/></svg>',
    # Half transparent pixels: an image with a soft mask.
    "png": "",
}


@pytest.mark.parametrize("kind", LOGOS)
def test_the_archival_copy_of_a_release_with_a_logo(tmp_path: Path, kind: str) -> None:
    """Under PDF/A's output intent WeasyPrint gives transparency groups and shadings the
    sRGB profile as colour space; the copy does the same, and the same release gives
    the same bytes."""
    logo = tmp_path / "templates" / f"logo.{kind}"
    logo.parent.mkdir()
    if kind == "svg":
        logo.write_text(LOGOS[kind], encoding="utf-8")
    else:
        Image.new("RGBA", (300, 100), (200, 0, 0, 128)).save(logo)
    config = office_config(tmp_path, after=f'logo = "templates/logo.{kind}"\n')
    renderer = PressReleasePdf(
        compose_press_release(read_release(REFERENCE_RELEASE), config), config
    )
    _normal, archival = renderer.render_with_archival()
    assert graph(archival) == graph(renderer.render(variant=ARCHIVAL))
    assert renderer.render_with_archival()[1] == archival
