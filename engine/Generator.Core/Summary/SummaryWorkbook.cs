using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Rendering;
using Generator.Rendering.Word;

namespace Generator.Summary;

/// <summary>
/// <c>summary.xlsx</c>: one row per summed bureau, one column per cell of tables 1–3 (three header rows: table, row
/// and column of the official form, frozen with the bureau columns), and a totals row of real formulas that keep
/// the summed table's rule — blank when every bureau left the cell blank, else the sum.
/// </summary>
/// <remarks>
/// Written with the Open XML SDK's spreadsheet part, already used for Word, rather than ClosedXML: the only
/// ClosedXML served here (0.95.4) is built on DocumentFormat.OpenXml 2.x and would pull a second, older copy against
/// our 3.3.0; it writes the time of the run into the package, which breaks same-input-same-bytes; and what the
/// workbook needs (cells, formulas, a frozen pane, one style) is a few dozen lines of the SDK's spreadsheet classes.
/// The package around them is written like the Word files' (<see cref="StableZip"/>: fixed names, ids, timestamps, order).
/// </remarks>
internal static class SummaryWorkbook
{
    public const string FileName = "summary.xlsx";

    /// <summary>Bureau id, agency and data file come before the figures.</summary>
    public const int FixedColumns = 3;

    public const int HeaderRows = 3;

    public static byte[] Write(FormatTotals totals, string title)
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = SheetName }),
            new DefinedNames(new DefinedName($"'{SheetName}'!$1:${HeaderRows}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return StableZip.Write(
        [
            Part("[Content_Types].xml", ContentTypes),
            Part("_rels/.rels", PackageRelationships),
            Part("docProps/core.xml", CoreProperties(Printable(title))),
            Part("xl/_rels/workbook.xml.rels", WorkbookRelationships),
            Part("xl/workbook.xml", WordPackage.Serialize(workbook)),
            Part("xl/styles.xml", WordPackage.Serialize(Styles())),
            Part("xl/worksheets/sheet1.xml", WordPackage.Serialize(Sheet(totals))),
        ]);
    }

    private const string SheetName = "汇总";

    private static ZipPart Part(string name, string xml) => Part(name, System.Text.Encoding.UTF8.GetBytes(xml));

    private static ZipPart Part(string name, byte[] bytes) => ZipPart.Compress(name, bytes, 6);

    /// <summary>
    /// The package parts are written here, not by the SDK's packaging, which names the core-properties part and the
    /// relationships with random ids: the same data must give the same bytes.
    /// </summary>
    private const string ContentTypes = """
        <?xml version="1.0" encoding="utf-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default Extension="xml" ContentType="application/xml" /><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" /><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" /><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" /><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml" /></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="utf-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml" /><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml" /></Relationships>
        """;

    private const string WorkbookRelationships = """
        <?xml version="1.0" encoding="utf-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml" /><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml" /></Relationships>
        """;

    private static string CoreProperties(string title) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
        + System.Security.SecurityElement.Escape(title) + "</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>";

    private static Worksheet Sheet(FormatTotals totals)
    {
        var cells = totals.Cells;
        var last = HeaderRows + totals.Rows.Count;
        var data = new SheetData();
        string[] fixedHeads = ["单位标识", "单位", "数据文件"];
        for (var header = 0; header < HeaderRows; header++)
        {
            var row = new Row { RowIndex = (uint)(header + 1) };
            for (var c = 0; c < FixedColumns; c++)
            {
                row.Append(Text(header + 1, c, header == 0 ? fixedHeads[c] : string.Empty, 1));
            }

            for (var i = 0; i < cells.Count; i++)
            {
                var text = header switch { 0 => cells[i].Table, 1 => cells[i].Row, _ => cells[i].Column.Length == 0 ? cells[i].Row : cells[i].Column };
                row.Append(Text(header + 1, FixedColumns + i, text, 1));
            }

            data.Append(row);
        }

        for (var r = 0; r < totals.Rows.Count; r++)
        {
            var bureau = totals.Rows[r];
            var number = HeaderRows + 1 + r;
            var row = new Row { RowIndex = (uint)number };
            row.Append(Text(number, 0, bureau.BureauId, 0), Text(number, 1, bureau.Agency, 0), Text(number, 2, bureau.File, 0));
            for (var i = 0; i < cells.Count; i++)
            {
                if (bureau.Values[i] is { } value)
                {
                    row.Append(new Cell { CellReference = Reference(number, FixedColumns + i), CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
                }
            }

            data.Append(row);
        }

        var totalRow = new Row { RowIndex = (uint)(last + 1) };
        totalRow.Append(Text(last + 1, 0, "合计", 1), Text(last + 1, 1, $"{totals.Rows.Count} 个单位", 1));
        for (var i = 0; i < cells.Count; i++)
        {
            var column = ColumnName(FixedColumns + i);
            var range = $"{column}{HeaderRows + 1}:{column}{Math.Max(last, HeaderRows + 1)}";
            decimal? sum = null;
            foreach (var bureau in totals.Rows)
            {
                if (bureau.Values[i] is { } value)
                {
                    sum = (sum ?? 0) + value;
                }
            }

            // The value computed here is stored as the formula's cached result, so a reader that does not calculate sees it too.
            totalRow.Append(new Cell
            {
                CellReference = Reference(last + 1, FixedColumns + i),
                CellFormula = new CellFormula($"IF(COUNT({range})=0,\"\",SUM({range}))"),
                DataType = sum is null ? CellValues.String : null,
                CellValue = new CellValue(sum?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                StyleIndex = 1,
            });
        }

        data.Append(totalRow);
        var view = new SheetView { WorkbookViewId = 0, TabSelected = true };
        view.Append(new Pane
        {
            HorizontalSplit = FixedColumns, VerticalSplit = HeaderRows, TopLeftCell = Reference(HeaderRows + 1, FixedColumns),
            ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen,
        });
        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 28, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 24, CustomWidth = true },
            new Column { Min = FixedColumns + 1, Max = (uint)(FixedColumns + cells.Count), Width = 14, CustomWidth = true });
        return new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15 }, columns, data);
    }

    private static Cell Text(int row, int column, string text, uint style) => new()
    {
        CellReference = Reference(row, column),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Printable(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    /// <summary>Style 0 the default, 1 bold and wrapped (headers and totals).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true })
        { Count = 2 });

    /// <summary>A1-style reference of a 1-based row and 0-based column.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Control characters from the data cannot be written in XML; dropped, as the Word renderer does.</summary>
    private static string Printable(string text) => new([.. text.Where((_, i) => PrintableText.IsPrintable(text, i))]);
}
