"""Write templates/referenz.docx: the reference document whose styles every DOCX uses.

Run `make templates` after changing this script. The file starts from
python-docx's default document, drops every style and the Word theme (so no
theme font such as Calibri or Cambria can leak in), and defines exactly the
styles pressetool uses, in Arial 12 pt (LibreOffice shows Liberation Sans,
which has Arial's metrics), line spacing 1.15, ragged right, no hyphenation,
language de-DE. An office may restyle it in Word and keep it in its own
templates/ folder; pressetool finds styles by name. The page margins and the
sizes of the letters' fields (address, return address, information block,
footer) come from the letters' geometry, pressetool/render/letters/geometry.py,
which the PDF letters and the check that an address fits use too.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from pressetool.render.letters.geometry import LETTER

FONT = "Arial"
SIZE = 24  # half-points: 12 pt

DOC_DEFAULTS = f"""
<w:docDefaults {nsdecls("w")}>
  <w:rPrDefault><w:rPr>
    <w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
    <w:sz w:val="{SIZE}"/><w:szCs w:val="{SIZE}"/>
    <w:lang w:val="de-DE" w:eastAsia="de-DE" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr>
    <w:suppressAutoHyphens/>
    <w:spacing w:after="240" w:line="276" w:lineRule="auto"/>
    <w:jc w:val="left"/>
  </w:pPr></w:pPrDefault>
</w:docDefaults>
"""

# name, based on, bold, size in pt, space after in pt, keep with next
PARAGRAPH_STYLES = [
    ("Briefkopf", None, True, 14, 0, True),
    ("Briefkopf Abteilung", None, False, 12, 36, True),
    ("Hinweis", None, True, 12, 12, True),
    ("Berichtigung", None, True, 12, 12, True),
    ("Dokumenttitel", None, True, 14, 12, True),
    ("Nummernzeile", None, False, 12, 12, True),
    ("Kontakte", None, False, 12, 12, False),
    ("Fußzeile", None, False, 10, 0, False),
    # lists (Teilnehmendenliste, Anwesenheitsliste)
    ("Veranstaltungsangaben", None, False, 12, 12, True),
    ("Kopfzeile", None, False, 10, 0, False),
    ("Kopfzeile Titel", None, True, 12, 0, False),
    ("Tabellenkopf", None, True, 11, 0, False),
    ("Tabelleninhalt", None, False, 11, 0, False),
    ("Datenschutzhinweis", None, False, 8, 0, False),
    ("Listenende", None, False, 1, 0, False),
    # letters (Einladungen): the DIN 5008 fields are frames of these paragraphs
    ("Rücksendeangabe", None, False, LETTER.return_address_font_size, 0, False),
    ("Anschrift", None, False, LETTER.address_font_size, 0, False),
    ("Informationsblock Bezeichnung", None, False, 8, 0, False),
    ("Informationsblock", None, False, LETTER.information_font_size, 1.5, False),
    ("Falzmarke", None, False, 1, 0, False),
    ("Betreff", None, True, 12, 24, True),
    ("Veranstaltung", None, False, 12, 0, True),
    ("Grußformel", None, False, 12, 36, True),
    # the business details (Geschäftsangaben) in the letters' first footer
    ("Geschäftsangaben Bezeichnung", None, True, LETTER.footer_font_size, 0, False),
    ("Geschäftsangaben", None, False, LETTER.footer_font_size, 0, False),
]


def _border(document: DocxDocument, style: str, sides: tuple[str, ...]) -> None:
    """A thin black line on `sides` of every paragraph of `style`."""
    lines = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="000000"/>' for side in sides
    )
    properties = document.styles[style].element.get_or_add_pPr()
    border = parse_xml(f"<w:pBdr {nsdecls('w')}>{lines}</w:pBdr>")
    # pBdr stands before shading, tabs, hyphenation and spacing in the schema's order.
    properties.insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"
    )


def _outline_level(document: DocxDocument, style: str, level: int) -> None:
    """Paragraphs of `style` are headings of `level` (0: the first) to Word, LibreOffice
    and their PDF export, screen readers and the navigation pane, as the PDF's `h1` is:
    the Berlin standard wants a document's title marked as its heading."""
    properties = document.styles[style].element.get_or_add_pPr()
    outline = parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>')
    # outlineLvl stands after spacing and alignment in the schema's order.
    properties.insert_element_before(outline, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr")


# Compact lines in tables, page headers and footers: Word's single spacing of
# Arial is what CSS line-height 1.15 gives in the PDFs.
SINGLE_SPACED = (
    "Kopfzeile",
    "Kopfzeile Titel",
    "Tabellenkopf",
    "Tabelleninhalt",
    "Datenschutzhinweis",
    "Listenende",
    "Rücksendeangabe",
    "Anschrift",
    "Informationsblock Bezeichnung",
    "Informationsblock",
    "Geschäftsangaben Bezeichnung",
    "Geschäftsangaben",
)
LIST_TABLE_STYLE = f"""
<w:tblPr {nsdecls("w")}>
  <w:tblBorders>
    <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>
    <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
  </w:tblBorders>
  <w:tblCellMar>
    <w:top w:w="28" w:type="dxa"/>
    <w:left w:w="85" w:type="dxa"/>
    <w:bottom w:w="28" w:type="dxa"/>
    <w:right w:w="85" w:type="dxa"/>
  </w:tblCellMar>
</w:tblPr>
"""


def _list_table_style(document: DocxDocument) -> None:
    """`Listentabelle`: thin black lines around every cell, 0.5 mm above and below
    the text, 1.5 mm beside it (as `listen.css`)."""
    style = document.styles.add_style("Listentabelle", WD_STYLE_TYPE.TABLE)
    style.base_style = None
    style.element.append(parse_xml(LIST_TABLE_STYLE))


def build(target: Path) -> None:
    document = Document()
    styles_element = document.styles.element
    for child in list(styles_element):
        styles_element.remove(child)
    styles_element.append(parse_xml(DOC_DEFAULTS))

    normal = document.styles.add_style("Normal", WD_STYLE_TYPE.PARAGRAPH)
    normal.element.set(qn("w:default"), "1")
    normal.element.attrib.pop(qn("w:customStyle"))
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.space_after = Pt(12)
    normal.paragraph_format.widow_control = True
    font = normal.font
    font.name = FONT
    font.size = Pt(12)

    for name, _based, bold, size, after, keep in PARAGRAPH_STYLES:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.bold = bold
        style.font.size = Pt(size)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = keep
    _outline_level(document, "Dokumenttitel", 0)
    _border(document, "Hinweis", ("top", "left", "bottom", "right"))
    _border(document, "Briefkopf Abteilung", ("bottom",))
    for name in SINGLE_SPACED:
        document.styles[name].paragraph_format.line_spacing = 1.0
    _list_table_style(document)
    _border(document, "Falzmarke", ("top",))
    # E-mail addresses and URLs in the press release are hyperlinks (issue 13).
    link = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.quick_style = True
    link.font.underline = True
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    # The event block: `Datum:` and a tab, every line of the value on the 25 mm tab.
    event_block = document.styles["Veranstaltung"].paragraph_format
    event_block.left_indent, event_block.first_line_indent = Mm(25), Mm(-25)
    event_block.tab_stops.add_tab_stop(Mm(25))

    # Drop the Word theme and Word 2010's copy of the old styles: nothing refers to them.
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/theme", "/stylesWithEffects")):
            del part.rels[rel_id]

    settings = document.settings.element
    for tag in ("w:autoHyphenation", "w:themeFontLang"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    settings.append(parse_xml(f'<w:themeFontLang {nsdecls("w")} w:val="de-DE"/>'))

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(LETTER.margin_top), Mm(LETTER.margin_bottom)
    section.left_margin, section.right_margin = Mm(LETTER.margin_left), Mm(LETTER.margin_right)
    section.header_distance, section.footer_distance = Mm(10), Mm(12)

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    document.core_properties.language = "de-DE"
    document.core_properties.author = ""
    document.core_properties.title = ""
    document.core_properties.comments = ""
    document.save(str(target))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("templates/referenz.docx"))
