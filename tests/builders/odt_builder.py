"""OpenDocument text (.odt) packages written by hand, the way LibreOffice writes them.

Only what a booking form uses: paragraphs, headings, tables, form check boxes (`form:checkbox`
bound to a `draw:control`), LibreOffice check-box content controls, struck and Wingdings
spans, and a page header and footer in styles.xml. `package()` takes the body's XML and
returns the zip bytes; the `mimetype` member comes first and stored, as ODF 1.3 Part 2 §3.3
requires.
"""

from __future__ import annotations

import io
import zipfile

MIMETYPE = "application/vnd.oasis.opendocument.text"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)
#: Automatic styles: T1 struck (solid single line), T2 Wingdings, T3 struck by inheritance
#: from the named style "Deleted" in styles.xml, T4 explicitly not struck.
AUTOMATIC_STYLES = """<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties
   style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties
   style:font-name="Wingdings"/></style:style>
 <style:style style:name="T3" style:family="text" style:parent-style-name="Deleted"/>
 <style:style style:name="T4" style:family="text"><style:text-properties
   style:text-line-through-style="none"/></style:style>
</office:automatic-styles>"""
FONTS = """<office:font-face-decls>
 <style:font-face style:name="Wingdings" svg:font-family="Wingdings"
   style:font-charset="x-symbol"/>
</office:font-face-decls>"""


def content_xml(body: str, *, forms: str = "") -> bytes:
    """content.xml with `body` inside office:text and `forms` (form:form elements) before it."""
    office_forms = f"<office:forms>{forms}</office:forms>" if forms else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NAMESPACES}>'
        f"{FONTS}{AUTOMATIC_STYLES}<office:body><office:text>{office_forms}{body}"
        "</office:text></office:body></office:document-content>"
    ).encode()


def styles_xml(*, header: str = "", footer: str = "") -> bytes:
    """styles.xml with the named style "Deleted" (struck) and one master page."""
    head = f"<style:header><text:p>{header}</text:p></style:header>" if header else ""
    foot = f"<style:footer><text:p>{footer}</text:p></style:footer>" if footer else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NAMESPACES}>'
        '<office:styles><style:style style:name="Deleted" style:family="text">'
        '<style:text-properties style:text-line-through-type="double"/></style:style>'
        "</office:styles><office:master-styles>"
        f'<style:master-page style:name="Standard">{head}{foot}</style:master-page>'
        "</office:master-styles></office:document-styles>"
    ).encode()


def checkbox(control_id: str, *, current: str | None, state: str | None = None,
             label: str = "") -> str:  # fmt: skip
    """A `form:checkbox` for office:forms; `current`/`state` None leaves the attribute out."""
    attrs = [f'form:id="{control_id}"', f'xml:id="{control_id}"', 'form:name="box"']
    if current is not None:
        attrs.append(f'form:current-state="{current}"')
    if state is not None:
        attrs.append(f'form:state="{state}"')
    if label:
        attrs.append(f'form:label="{label}"')
    return f"<form:checkbox {' '.join(attrs)}/>"


def control(control_id: str) -> str:
    """The `draw:control` that shows a form control inside a paragraph."""
    return f'<draw:control text:anchor-type="as-char" draw:control="{control_id}"/>'


def package(content: bytes, *, styles: bytes | None = None,
            extra: dict[str, bytes] | None = None, mimetype: str = MIMETYPE) -> bytes:  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles if styles is not None else styles_xml())
        parts = {"META-INF/manifest.xml": MANIFEST, **(extra or {})}
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
    'manifest:1.0"><manifest:file-entry manifest:full-path="/" '
    f'manifest:media-type="{MIMETYPE}"/></manifest:manifest>'
).encode()


def document(body: str, *, forms: str = "", header: str = "", footer: str = "") -> bytes:
    """A whole .odt: `body` in office:text, optional form controls, header and footer."""
    return package(
        content_xml(body, forms=f"<form:form>{forms}</form:form>" if forms else ""),
        styles=styles_xml(header=header, footer=footer),
    )


SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"


def spreadsheet(tables: str, *, styles: str = "", validations: str = "") -> bytes:
    """A whole .ods: `tables` (table:table elements) in office:spreadsheet, automatic `styles`
    (style:style elements), `validations` (table:content-validation elements)."""
    checks = (
        f"<table:content-validations>{validations}</table:content-validations>"
        if validations
        else ""
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body>"
        f"<office:spreadsheet>{checks}{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    ).encode()
    return package(content, mimetype=SPREADSHEET)
