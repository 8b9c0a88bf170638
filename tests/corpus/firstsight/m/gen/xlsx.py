"""Hand-written SpreadsheetML (.xlsx) like Excel 365 saves: shared strings, date serials with number
formats, boolean cells, list data validation pointing at a hidden 'Lists' sheet."""
import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

EPOCH = dt.date(1899, 12, 30)


class Date:
    def __init__(self, d, fmt=164):
        self.d, self.fmt = d, fmt  # 164 = dd/mm/yyyy custom, 14 = builtin short date


class Time:
    def __init__(self, h, m):
        self.h, self.m = h, m


class Bool:
    def __init__(self, v):
        self.v = v


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Workbook:
    def __init__(self, creator):
        self.creator = creator
        self.sheets = []  # (name, rows, validations, hidden, widths)
        self.sst = []
        self.sst_idx = {}

    def add(self, name, rows, validations=(), hidden=False, widths=(28, 60)):
        self.sheets.append((name, rows, list(validations), hidden, widths))

    def _s(self, t):
        if t not in self.sst_idx:
            self.sst_idx[t] = len(self.sst)
            self.sst.append(t)
        return self.sst_idx[t]

    def _sheet_xml(self, rows, validations, widths):
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
             'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">']
        ncol = max([len(r) for r in rows] + [1])
        x.append('<dimension ref="A1:%s%d"/>' % (col(ncol - 1), max(len(rows), 1)))
        x.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>')
        x.append('<cols>%s</cols>' % "".join('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths)))
        x.append('<sheetData>')
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                ref = "%s%d" % (col(ci), ri)
                if v is None or v == "":
                    if ri == 1 and False:
                        pass
                    cells.append('<c r="%s" s="3"/>' % ref)  # empty input cell (styled)
                elif isinstance(v, Date):
                    cells.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, 1 if v.fmt == 164 else 4, (v.d - EPOCH).days))
                elif isinstance(v, Time):
                    cells.append('<c r="%s" s="2"><v>%s</v></c>' % (ref, repr((v.h * 60 + v.m) / 1440.0)))
                elif isinstance(v, Bool):
                    cells.append('<c r="%s" t="b"><v>%d</v></c>' % (ref, 1 if v.v else 0))
                elif isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="s"%s><v>%d</v></c>' % (ref, ' s="5"' if ri == 1 else '', self._s(v)))
            x.append('<row r="%d" spans="1:%d">%s</row>' % (ri, ncol, "".join(cells)))
        x.append('</sheetData>')
        if validations:
            x.append('<dataValidations count="%d">' % len(validations))
            for sqref, formula in validations:
                x.append('<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="%s"><formula1>%s</formula1></dataValidation>'
                         % (sqref, escape(formula)))
            x.append('</dataValidations>')
        x.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>')
        return "".join(x)

    def to_bytes(self, modified):
        bio = io.BytesIO()
        sheets_xml = [self._sheet_xml(r, v, w) for (_, r, v, _, w) in self.sheets]
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            n = len(self.sheets)
            z.writestr("[Content_Types].xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                       + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
                       + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                       '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                       '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                       '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
            z.writestr("_rels/.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                       '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            z.writestr("docProps/app.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>'
                       '<ScaleCrop>false</ScaleCrop><Company>%s</Company><AppVersion>16.0300</AppVersion></Properties>' % escape(self.creator))
            z.writestr("docProps/core.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                       'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                       '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-04T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                       % (escape(self.creator), escape(self.creator), modified))
            z.writestr("xl/_rels/workbook.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
                       + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                       '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (n + 1, n + 2))
            z.writestr("xl/workbook.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
                       '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>'
                       + "".join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (escape(nm), i + 1, ' state="hidden"' if h else '', i + 1)
                                 for i, (nm, _, _, h, _) in enumerate(self.sheets))
                       + '</sheets><calcPr calcId="191029"/></workbook>')
            z.writestr("xl/styles.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                       '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>'
                       '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
                       '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>'
                       '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                       '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                       '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                       '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                       '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                       '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>'
                       '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                       '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
                       '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
            for i, sx in enumerate(sheets_xml):
                z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sx)
            z.writestr("xl/sharedStrings.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                       % (len(self.sst), len(self.sst), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(t) for t in self.sst)))
        return bio.getvalue()

    def texts(self):
        """display texts of every cell, one per cell, and label+value rows joined with a space"""
        out = []
        for _, rows, _, _, _ in self.sheets:
            for r in rows:
                vals = [display(v) for v in r]
                out += [v for v in vals if v]
                if len([v for v in vals if v]) > 1:
                    out.append(" ".join(v for v in vals if v))
        return out


def display(v):
    if v is None:
        return ""
    if isinstance(v, Date):
        return v.d.strftime("%d/%m/%Y")
    if isinstance(v, Time):
        return "%02d:%02d" % (v.h, v.m)
    if isinstance(v, Bool):
        return "TRUE" if v.v else "FALSE"
    return str(v)
