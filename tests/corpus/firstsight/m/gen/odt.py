"""Minimal OpenDocument Text writer that mimics a file saved by LibreOffice Writer 7.6."""
import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')


class Box:
    """A check box: mode 'control' (LibreOffice form control) or 'glyph' (☒/☐ character)."""
    def __init__(self, label, checked, mode="control"):
        self.label, self.checked, self.mode = label, checked, mode


def _span_text(t):
    # keep plain text; tabs and line breaks as ODF elements
    parts = t.split("\n")
    return "<text:line-break/>".join(escape(p) for p in parts)


class OdtDoc:
    def __init__(self, title, author):
        self.title, self.author = title, author
        self.body = []
        self.controls = []
        self.texts = []
        self.ntab = 0

    def _cell_inner(self, item):
        if isinstance(item, Box):
            return self._box(item)
        if isinstance(item, list):
            return "".join(self._cell_inner(x) for x in item)
        if item is None:
            return '<text:p text:style-name="Cell"/>'
        self.texts.append(item)
        return '<text:p text:style-name="Cell">%s</text:p>' % _span_text(item)

    def _box(self, b):
        if b.mode == "glyph":
            g = "\u2612" if b.checked else "\u2610"
            self.texts.append(g + " " + b.label)
            self.texts.append(b.label)
            return ('<text:p text:style-name="Cell"><text:span text:style-name="Sym">%s</text:span> %s</text:p>'
                    % (g, escape(b.label)))
        n = len(self.controls) + 1
        cid = "control%d" % n
        self.controls.append((cid, b))
        self.texts.append(b.label)
        return ('<text:p text:style-name="Cell"><draw:control text:anchor-type="as-char" svg:y="-0.4cm" '
                'draw:z-index="%d" draw:name="Form %d" draw:style-name="gr1" draw:text-style-name="P9" '
                'svg:width="0.55cm" svg:height="0.45cm" draw:control="%s"/> %s</text:p>'
                % (n - 1, n, cid, escape(b.label)))

    def heading(self, text, level=1):
        self.texts.append(text)
        self.body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (level, level, escape(text)))

    def para(self, text, style="Standard"):
        if text == "":
            self.body.append('<text:p text:style-name="%s"/>' % style)
            return
        self.texts.append(text)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, _span_text(text)))

    def boxes(self, items):
        """a paragraph holding several check boxes"""
        inner = "".join(self._box(b) for b in items)
        self.body.append(inner.replace('text:style-name="Cell"', 'text:style-name="Standard"'))

    def table(self, rows, widths=None, header=False, span_first=False):
        self.ntab += 1
        ncol = max(len(r) for r in rows)
        name = "Table%d" % self.ntab
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        x.append('<table:table-column table:style-name="%s.A" table:number-columns-repeated="%d"/>' % (name, ncol))
        for i, r in enumerate(rows):
            x.append('<table:table-row>')
            if len(r) == 1 and ncol > 1:
                x.append('<table:table-cell table:style-name="%s.A1" table:number-columns-spanned="%d" office:value-type="string">%s</table:table-cell>'
                         % (name, ncol, self._cell_inner(r[0])))
                x.extend(['<table:covered-table-cell/>'] * (ncol - 1))
            else:
                for cell in r:
                    x.append('<table:table-cell table:style-name="%s.A1" office:value-type="string">%s</table:table-cell>'
                             % (name, self._cell_inner(cell)))
                for _ in range(ncol - len(r)):
                    x.append('<table:table-cell table:style-name="%s.A1" office:value-type="string"><text:p text:style-name="Cell"/></table:table-cell>' % name)
            x.append('</table:table-row>')
        x.append('</table:table>')
        self.body.append("".join(x))

    def _forms(self):
        if not self.controls:
            return ""
        x = ['<office:forms form:automatic-focus="false" form:apply-design-mode="false">',
             '<form:form form:name="Standard" form:apply-filter="true" form:command-type="table" '
             'form:control-implementation="ooo:com.sun.star.form.component.Form">'
             '<form:properties><form:property form:property-name="PropertyChangeNotificationEnabled" '
             'office:value-type="boolean" office:boolean-value="true"/></form:properties>']
        for cid, b in self.controls:
            state = ' form:current-state="checked"' if b.checked else ''
            x.append('<form:checkbox form:name="Check Box %s" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" '
                     'xml:id="%s" form:id="%s" form:label=""%s form:image-position="center">'
                     '<form:properties><form:property form:property-name="DefaultControl" office:value-type="string" '
                     'office:string-value="com.sun.star.form.control.CheckBox"/>'
                     '<form:property form:property-name="SecondaryRefValue" office:value-type="string" office:string-value=""/>'
                     '</form:properties></form:checkbox>' % (cid[7:], cid, cid, state))
        x.append('</form:form></office:forms>')
        return "".join(x)

    def content_xml(self):
        styles = ('<office:automatic-styles>'
                  '<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>'
                  '<style:style style:name="Sym" style:family="text"><style:text-properties style:font-name="OpenSymbol"/></style:style>'
                  '<style:style style:name="P9" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
                  '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:textarea-vertical-align="middle" '
                  'style:vertical-pos="from-top" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>')
        for i in range(1, self.ntab + 1):
            styles += ('<style:style style:name="Table%d" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
                       '<style:style style:name="Table%d.A" style:family="table-column"/>'
                       '<style:style style:name="Table%d.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>'
                       % (i, i, i))
        styles += '</office:automatic-styles>'
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
                '<office:scripts/><office:font-face-decls><style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>'
                '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
                '<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
                '%s<office:body><office:text>%s<text:sequence-decls>'
                '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
                '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
                '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
                '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
                '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>%s'
                '</office:text></office:body></office:document-content>'
                % (NS, styles, self._forms(), "".join(self.body)))

    def styles_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">'
                '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Arial" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>'
                '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
                '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
                '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
                '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
                '<style:style style:name="Marking" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:color="#c00000"/></style:style>'
                '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>' % NS)

    def meta_xml(self, created):
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
                '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date><meta:editing-duration>PT21M14S</meta:editing-duration>'
                '<meta:editing-cycles>4</meta:editing-cycles><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
                '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
                '<meta:document-statistic meta:table-count="%d" meta:paragraph-count="%d"/></office:meta></office:document-meta>'
                % (NS, created, created, escape(self.title), escape(self.author), escape(self.author), self.ntab, len(self.body)))

    def to_bytes(self, created="2026-12-07T10:00:00"):
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
            z.writestr("content.xml", self.content_xml(), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("styles.xml", self.styles_xml(), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("meta.xml", self.meta_xml(created), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("settings.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings %s office:version="1.3"/>' % NS, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("META-INF/manifest.xml",
                       '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                       '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                       '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                       '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                       '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                       '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
                       '</manifest:manifest>', compress_type=zipfile.ZIP_DEFLATED)
        return bio.getvalue()
