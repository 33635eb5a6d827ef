"""A tagged PDF/UA-1 document written with pydyf: pages of text runs and drawings, each
either marked content of a structure element or an artifact; the structure tree and its
parent tree; the catalog (language, MarkInfo, DisplayDocTitle, one outline entry), the
Info dictionary and the XMP metadata that claims PDF/UA-1.

Positions are in pt from the page's top-left corner. The output has no dates and no
random parts: the same content gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import pydyf

from pressetool.render.tagged_pdf.fallback import Typeface
from pressetool.render.tagged_pdf.fonts import SubsetFont
from pressetool.render.tagged_pdf.streams import flate

PDF_UA_1 = "pdf/ua-1"


@dataclass(frozen=True)
class Run:
    """Text on one baseline: `x`, and `y` from the page's top, in pt."""

    x: float
    y: float
    text: str
    typeface: Typeface
    size: float


class TaggedPage:
    def __init__(self, document: TaggedDocument, dictionary: pydyf.Dictionary, key: int) -> None:
        self.document = document
        self.dictionary = dictionary
        self.key = key
        """The page's key in the parent tree (`StructParents`)."""
        self.operations: list[str] = []
        self.parents: list[bytes] = []
        """The structure element of each MCID."""

    def artifact(self, drawing: str, kind: str | None = None) -> None:
        """`drawing` (content stream operators) as an artifact, of `kind` if given."""
        if kind:
            self.operations.append(f"/Artifact <</Type /{kind}>> BDC\n{drawing}\nEMC")
        else:
            self.operations.append(f"/Artifact BMC\n{drawing}\nEMC")

    def text(self, runs: Sequence[Run], element: pydyf.Dictionary | None) -> None:
        """`runs` as marked content of `element`, or as a pagination artifact."""
        if not runs:
            return
        height = self.document.height
        name = self.document.font_name
        shown = ["BT"]
        for run in runs:
            segments = run.typeface.encode(run.text)
            font, cids = segments[0]
            shown.append(
                f"/{name(font)} {run.size:g} Tf 1 0 0 1 {run.x:.3f} {height - run.y:.3f} Tm "
                f"<{cids}> Tj"
            )
            for font, cids in segments[1:]:  # characters of fallback fonts, and after them
                shown.append(f"/{name(font)} {run.size:g} Tf <{cids}> Tj")
        shown.append("ET")
        drawing = "\n".join(shown)
        if element is None:
            self.artifact(drawing, "Pagination")
            return
        mcid = len(self.parents)
        self.parents.append(element.reference)
        self.operations.append(f"/{element['S'][1:]} <</MCID {mcid}>> BDC\n{drawing}\nEMC")
        kids = element.get("K")
        if kids is None:
            element["K"] = mcid
            element["Pg"] = self.dictionary.reference
        else:  # the element already holds marked content: a list of references
            if not isinstance(kids, pydyf.Array):
                kids = pydyf.Array([_mcr(element["Pg"], kids)])
                del element["Pg"]
                element["K"] = kids
            kids.append(_mcr(self.dictionary.reference, mcid))


def _mcr(page: bytes, mcid: int) -> pydyf.Dictionary:
    return pydyf.Dictionary({"Type": "/MCR", "Pg": page, "MCID": mcid})


class TaggedDocument:
    """Pages of one size, a structure tree under a `Document` element, the fonts used."""

    def __init__(self, title: str, author: str, lang: str, width: float, height: float) -> None:
        self.title = title
        self.author = author
        self.lang = lang
        self.width = width
        self.height = height
        self.pdf = pydyf.PDF()
        self.page_list: list[TaggedPage] = []
        self.fonts: dict[int, tuple[str, SubsetFont]] = {}
        """Resource name and font, by the font's id, in the order of first use."""
        self.tree_root = pydyf.Dictionary({"Type": "/StructTreeRoot"})
        self.pdf.add_object(self.tree_root)
        self.root_element = self.element("Document", self.tree_root)
        self.tree_root["K"] = self.root_element.reference

    def font_name(self, font: SubsetFont) -> str:
        """The resource name of `font` (F1, F2, … in the order of first use)."""
        found = self.fonts.get(id(font))
        if found is None:
            found = (f"F{len(self.fonts) + 1}", font)
            self.fonts[id(font)] = found
        return found[0]

    def element(
        self, kind: str, parent: pydyf.Dictionary, extra: dict[str, Any] | None = None
    ) -> pydyf.Dictionary:
        element = pydyf.Dictionary({"Type": "/StructElem", "S": f"/{kind}", "P": parent.reference})
        if extra:
            element.update(extra)
        self.pdf.add_object(element)
        return element

    def page(self) -> TaggedPage:
        dictionary = pydyf.Dictionary(
            {
                "Type": "/Page",
                "Parent": self.pdf.pages.reference,
                "MediaBox": pydyf.Array([0, 0, number(self.width), number(self.height)]),
                "StructParents": len(self.page_list),
                "Tabs": "/S",
            }
        )
        self.pdf.add_page(dictionary)
        page = TaggedPage(self, dictionary, len(self.page_list))
        self.page_list.append(page)
        return page

    def write(self) -> bytes:
        """The document, with every font named so far embedded as a subset."""
        pdf = self.pdf
        font_refs = {name: font.embed(pdf).reference for name, font in self.fonts.values()}
        resources = pydyf.Dictionary({"Font": pydyf.Dictionary(font_refs)})
        pdf.add_object(resources)
        nums = pydyf.Array()
        for page in self.page_list:
            stream = flate("\n".join(page.operations).encode("ascii"))
            pdf.add_object(stream)
            page.dictionary["Contents"] = stream.reference
            page.dictionary["Resources"] = resources.reference
            nums += [page.key, pydyf.Array(page.parents)]
        parent_tree = pydyf.Dictionary({"Nums": nums})
        pdf.add_object(parent_tree)
        self.tree_root["ParentTree"] = parent_tree.reference
        self.tree_root["ParentTreeNextKey"] = len(self.page_list)

        metadata = pydyf.Stream(
            [self._xmp()], {"Type": "/Metadata", "Subtype": "/XML"}, compress=False
        )
        pdf.add_object(metadata)
        first = self.page_list[0].dictionary.reference
        outline = pydyf.Dictionary({"Type": "/Outlines", "Count": 1})
        pdf.add_object(outline)
        entry = pydyf.Dictionary(
            {
                "Title": pydyf.String(self.title),
                "Parent": outline.reference,
                "Dest": pydyf.Array([first, "/XYZ", 0, number(self.height), 0]),
            }
        )
        pdf.add_object(entry)
        outline["First"] = outline["Last"] = entry.reference
        pdf.catalog.update(
            {
                "Lang": pydyf.String(self.lang),
                "MarkInfo": pydyf.Dictionary({"Marked": "true"}),
                "ViewerPreferences": pydyf.Dictionary({"DisplayDocTitle": "true"}),
                "StructTreeRoot": self.tree_root.reference,
                "Metadata": metadata.reference,
                "Outlines": outline.reference,
            }
        )
        pdf.info["Title"] = pydyf.String(self.title)
        pdf.info["Author"] = pydyf.String(self.author)
        pdf.info["Producer"] = pydyf.String("pressetool")
        out = io.BytesIO()
        pdf.write(out, version=b"1.7", compress=True)
        return out.getvalue()

    def _xmp(self) -> bytes:
        title = escape(self.title)
        author = escape(self.author)
        return (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" '
            'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<rdf:Description rdf:about="" pdfuaid:part="1" />'
            '<rdf:Description rdf:about="" pdf:Producer="pressetool" />'
            '<rdf:Description rdf:about=""><dc:title><rdf:Alt>'
            f'<rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title></rdf:Description>'
            '<rdf:Description rdf:about=""><dc:creator><rdf:Seq>'
            f"<rdf:li>{author}</rdf:li></rdf:Seq></dc:creator></rdf:Description>"
            "</rdf:RDF></x:xmpmeta>\n"
            '<?xpacket end="r"?>'
        ).encode()


def number(value: float) -> str:
    """A PDF number: at most four decimals, no trailing zeros."""
    return f"{value:.4f}".rstrip("0").rstrip(".")
