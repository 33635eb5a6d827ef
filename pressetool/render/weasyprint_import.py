"""WeasyPrint, imported without some fifty subprocesses, frozen for the collector, and
with two repairs (type names, links).

WeasyPrint finds Pango, HarfBuzz and fontconfig through cffi, trying each
library under several names (Windows and macOS names first). cffi hands every
name that is not a file path to `ctypes.util.find_library`, which on Linux runs
`ldconfig -p` and, for a name it does not find there, `gcc` and `ld` as well:
54 subprocesses and about 0.13 s of CPU for each `pressetool build`, most of
them for names that cannot exist on Linux (`libharfbuzz-vector-0`, …).

While WeasyPrint is imported, `find_library` answers from one `ldconfig -p`
listing (`lib{name}.so…` as `find_library` itself matches), and is restored
afterwards. A library that is not in the loader cache is not found, exactly as
before; only the `gcc`/`ld` fallbacks, which serve libraries outside the
loader's cache, are skipped. Upstream (WeasyPrint's `text/ffi.py`) could try
the Linux soname first (`libpango-1.0.so.0`, which dlopen takes as a path) or
pass `allow_fail` lookups without `find_library`; that is the note to send.

The collector: see `_collector_paused`.

Type names: WeasyPrint asks cffi for C types by name while it lays out
(`ffi.new("PangoRectangle *")`, `ffi.new("hb_codepoint_t[72]")`). cffi parses
each new name with pycparser after declaring every one of WeasyPrint's ~700
type names again, some 9 ms a name, a tenth of a cold `build`. `_fast_type`
answers the simple forms (`NAME *`, `NAME[]`, `NAME[N]`, NAME a declared
typedef or a primitive type) from cffi's own declarations, with the type cffi
would have built, and hands anything else to cffi's parser.

Links: WeasyPrint tags a link as a `Link` structure element without the
alternative text (`/Alt`) that PDF/UA asks of it; `_tag_links` adds the link's
`title` attribute, or its text, as `/Alt`. WeasyPrint also gives every box inside a
link an annotation of its own (the unbreakable stretches of a long URL, its `<wbr>`s,
some of no width at all), tagged as their `Span` and `NonStruct` rather than as the
`Link` (PDF/UA 7.18.5); `_own_links` keeps the annotations of the link's own boxes,
which cover its whole text line by line, and `_joined_links` makes the pieces of one
link on one page one `Link` element, so that a screen reader announces it once (the
pin `weasyprint>=70,<71` in pyproject.toml keeps the private functions they wrap
where they are).
"""

from __future__ import annotations

import ctypes.util
import gc
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any


@cache
def _loader_cache() -> str:
    """`ldconfig -p`: every library the dynamic loader knows, once per process."""
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"):
        try:
            listing = subprocess.run(
                [ldconfig, "-p"],
                capture_output=True,
                text=True,
                env={**os.environ, "LC_ALL": "C", "LANG": "C"},
                check=False,
            )
        except OSError:
            continue
        return listing.stdout
    return ""


def _find_in_loader_cache(name: str) -> str | None:
    match = re.search(rf"\s(lib{re.escape(name)}\.[^\s]*)\s+\(", _loader_cache())
    return match[1] if match else None


@contextmanager
def _lookups_from_loader_cache() -> Iterator[None]:
    if not sys.platform.startswith("linux"):
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = _find_in_loader_cache
    try:
        yield
    finally:
        ctypes.util.find_library = original


_SIMPLE_TYPE = re.compile(r"\s*([A-Za-z_][A-Za-z_0-9 ]*?)\s*(\*|\[(\d*)\])\s*")


def _fast_type(parser: Any) -> Any:
    """`parser.parse_type_and_quals`, with simple type names answered without pycparser."""
    from cffi import model

    parse = parser.parse_type_and_quals

    def parse_type_and_quals(cdecl: str) -> Any:
        match = _SIMPLE_TYPE.fullmatch(cdecl)
        if match is None:
            return parse(cdecl)
        name, suffix, length = match.groups()
        if f"typedef {name}" in parser._declarations:
            item, quals = parser._declarations[f"typedef {name}"]
        elif name in model.PrimitiveType.ALL_PRIMITIVE_TYPES:
            item, quals = model.PrimitiveType(name), 0
        else:
            return parse(cdecl)
        if suffix == "*":
            return parser._get_type_pointer(item, quals), 0
        return model.ArrayType(item, int(length) if length else None), quals

    return parse_type_and_quals


def _tag_links(build_box_tree: Any) -> Any:
    """WeasyPrint's `_build_box_tree`, with `/Alt` on every `Link` element and the pieces
    of one link joined (`_join_links`)."""
    import pydyf

    def tagged(box: Any, *args: Any) -> Any:
        for element in build_box_tree(box, *args):
            if element.get("S") == "/Link" and box.element is not None:
                if "Alt" not in element:
                    text = box.element.get("title") or "".join(box.element.itertext())
                    element["Alt"] = pydyf.String(" ".join(text.split()))
                element.link_element = box.element
            else:
                _join_links(element, *args)
            yield element

    return tagged


def _join_links(
    element: Any, parent: Any, pdf: Any, page: int, nums: Any, annotations: Any, tags: Any
) -> None:
    """The `Link` children of `element` that are pieces of one link on one page (a link
    broken over lines: a box, a `Link` each) as one `Link`: the first takes the marked
    content, the annotations and the children of the others, which leave the tree."""
    kids = element["K"]
    kept: list[Any] = []
    for kid in kids:
        piece = _structure_element(pdf, kid)
        first = _structure_element(pdf, kept[-1]) if kept else None
        if piece is None or first is None or not _pieces_of_one_link(first, piece):
            kept.append(kid)
            continue
        for item in piece["K"]:
            first["K"].append(item)
            if isinstance(item, int):  # marked content of the page
                nums[item] = first.reference
                continue
            child = _structure_element(pdf, item)
            if child is not None and child.get("Type") == "/StructElem":
                child["P"] = first.reference
        annotations[:] = [
            (first.reference if owner == piece.reference else owner, annotation)
            for owner, annotation in annotations
        ]
        piece.clear()  # written all the same (pydyf numbers its objects): an empty one
    kids[:] = kept


def _pieces_of_one_link(first: Any, piece: Any) -> bool:
    link = getattr(piece, "link_element", None)
    return (
        link is not None
        and getattr(first, "link_element", None) is link
        and (first["Pg"] == piece["Pg"])
    )


def _structure_element(pdf: Any, reference: Any) -> Any:
    """The object `reference` (`b"12 0 R"`) names in `pdf`, or None for marked content."""
    if not isinstance(reference, bytes):
        return None
    return pdf.objects[int(reference.split()[0])]


def _own_links(gather_anchors: Any) -> Any:
    """WeasyPrint's `gather_anchors` for a page, keeping the links of the boxes that
    carry one themselves and have an area (not those that a box inside a link inherits)."""

    def gather(box: Any, anchors: Any, links: list[Any], *args: Any, **kwargs: Any) -> None:
        gather_anchors(box, anchors, links, *args, **kwargs)
        links[:] = [
            (kind, target, (x1, y1, x2, y2), linked)
            for kind, target, (x1, y1, x2, y2), linked in links
            if linked.link and x2 > x1 and y2 > y1
        ]

    return gather


@contextmanager
def _collector_paused() -> Iterator[None]:
    """What WeasyPrint loads (some 50,000 objects the collector tracks: classes,
    functions, parsed stylesheets, cffi's types) lives as long as the process and is
    no garbage. The cyclic collector is paused while it loads, and it is frozen
    afterwards (`gc.freeze`, with everything loaded before it), so that no later full
    collection walks it again: together a tenth of a cold `build`'s CPU."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


with _lookups_from_loader_cache(), _collector_paused():
    from weasyprint import CSS, HTML
    from weasyprint import document as _document
    from weasyprint.pdf import tags as _tags
    from weasyprint.text.ffi import ffi as _ffi
    from weasyprint.text.fonts import FontConfiguration

_ffi._parser.parse_type_and_quals = _fast_type(_ffi._parser)
_tags._build_box_tree = _tag_links(_tags._build_box_tree)
_document.gather_anchors = _own_links(_document.gather_anchors)

__all__ = ["CSS", "HTML", "FontConfiguration"]
