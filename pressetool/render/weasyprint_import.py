"""WeasyPrint, imported with its C declarations compiled, the parts of fontTools it
does not use for our fonts deferred, frozen for the collector, and with two repairs
(links).

C declarations: see `weasyprint_ffi` (no pycparser, no subprocess at a start).

fontTools: WeasyPrint's `pdf/fonts.py` imports fontTools' subsetter and its
variable-font instancer (some 60 ms and 100 modules), but subsets with HarfBuzz
wherever `libharfbuzz-subset` is installed (a Debian package `make setup` installs)
and instantiates only variable fonts (the Liberation fonts are not). `_deferred_fonttools`
gives WeasyPrint stand-ins for the two modules that import the real ones when they are
first used; they are in `sys.modules` only while WeasyPrint is imported (a thread that
imports one of them meanwhile, `from fontTools import subset` as the sign-in sheet does,
gets the real module through it). The note for upstream:
import both inside the functions that use them.

The collector: see `_collector_paused`.

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

import gc
import importlib
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pressetool.render.weasyprint_ffi import compiled_declarations


class _Deferred(types.ModuleType):
    """A stand-in for a module that imports the real one when a name of it is first used."""

    def real(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:  # used by another thread meanwhile
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system's questions while it is in sys.modules
            raise AttributeError(name)
        return getattr(self.real(), name)


def _deferred_function(module: _Deferred, name: str) -> Callable[..., Any]:
    """`from module import name`, for a function: imported when first called."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(module.real(), name)(*args, **kwargs)

    return call


@contextmanager
def _deferred_fonttools() -> Iterator[None]:
    subset = _Deferred("fontTools.subset")
    instancer = _Deferred("fontTools.varLib.instancer")
    instancer.instantiateVariableFont = _deferred_function(  # type: ignore[attr-defined]
        instancer, "instantiateVariableFont"
    )
    stand_ins = {module.__name__: module for module in (subset, instancer)}
    absent = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in absent})
    try:
        yield
    finally:
        for name in absent:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]


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


with compiled_declarations(), _deferred_fonttools(), _collector_paused():
    from weasyprint import CSS, HTML
    from weasyprint import document as _document
    from weasyprint.pdf import tags as _tags
    from weasyprint.text.fonts import FontConfiguration

_tags._build_box_tree = _tag_links(_tags._build_box_tree)
_document.gather_anchors = _own_links(_document.gather_anchors)

__all__ = ["CSS", "HTML", "FontConfiguration"]
