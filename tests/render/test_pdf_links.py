"""A link in the tagged PDF is one `Link` element that owns every annotation of it, also
when it is broken over lines (PDF/UA-1 7.18.5; render/weasyprint_import.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pikepdf
import pytest

from pressetool.documents.build import FORMATS, release_documents
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.reading.release_reader import read_release
from tests.readback import REFERENCE_RELEASE, pdf_text

URL = (
    "https://www.berlin.de/ba-mitte/politik-und-verwaltung/aemter/stadtentwicklungsamt/"
    "stadtplanung/bauleitplanung/bebauungsplaene/artikel.123456.php?bezirk=mitte&seite=2"
)
EMAIL = "pressestelle@ba-mitte.berlin.de"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("links")
    release = read_release(REFERENCE_RELEASE)
    sentence = f"Die Unterlagen stehen unter {URL} bereit, Fragen an {EMAIL}."
    release = dataclasses.replace(release, body=(*release.body, sentence))
    write_all(release_documents(release, Config(), out, FORMATS["pdf"]), out)
    return out / "2020" / "067" / "pressemitteilung-067-2020.pdf"


def test_a_link_over_several_lines_is_one_link_element(pdf: Path) -> None:
    lines = pdf_text(pdf, raw=True).splitlines()
    assert sum(any(part in line for part in URL.split("/")[3:]) for line in lines) >= 2
    with pikepdf.open(pdf) as document:
        owners: dict[tuple[int, int], pikepdf.Object] = {}
        links: list[pikepdf.Dictionary] = []
        reachable: set[tuple[int, int]] = set()

        def walk(element: pikepdf.Object) -> None:
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if not isinstance(kid, pikepdf.Dictionary):
                    continue
                if kid.get("/Type") == "/OBJR":
                    owners[kid.Obj.objgen] = element
                    continue
                reachable.add(kid.objgen)
                if kid.get("/S") == "/Link":
                    links.append(kid)
                walk(kid)

        walk(document.Root.StructTreeRoot)
        annotations = [a for page in document.pages for a in page.get("/Annots", [])]
        targets = [str(annotation.A.URI) for annotation in annotations]
        assert set(targets) == {URL, f"mailto:{EMAIL}"}
        assert targets.count(URL) >= 2  # one annotation a line
        for annotation in annotations:
            x1, y1, x2, y2 = (float(value) for value in annotation.Rect)
            assert abs(x2 - x1) > 0 and abs(y2 - y1) > 0  # WeasyPrint writes y downwards
            assert owners[annotation.objgen].get("/S") == "/Link"
        assert [str(link.Alt) for link in links] == [URL, EMAIL]
        url_owners = {owners[a.objgen].objgen for a in annotations if str(a.A.URI) == URL}
        assert url_owners == {links[0].objgen}
        parents = document.Root.StructTreeRoot.ParentTree.Nums
        parent_of = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
        for annotation in annotations:
            owner = owners[annotation.objgen]
            assert parent_of[int(annotation.StructParent)].objgen == owner.objgen
        elements = [
            item.objgen
            for item in document.objects
            if isinstance(item, pikepdf.Dictionary) and item.get("/Type") == "/StructElem"
        ]
        assert set(elements) <= reachable
