using System.IO.Compression;
using System.Xml.Linq;

namespace Generator.Tests.Import.Fixtures;

/// <summary>
/// The report's Word file as WPS and Word write theirs: numbers and words broken over several runs, proofing
/// marks, bookmarks, tracked changes, explicit vMerge values. Only word/document.xml changes.
/// </summary>
internal static class WordVariants
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WPS: every character of every run in a run of its own (as WPS splits at each font change), proofing marks between, vMerge continue written out.</summary>
    public static byte[] Wps(byte[] docx) => Rewrite(docx, document =>
    {
        foreach (var run in document.Descendants(W + "r").Where(r => r.Element(W + "t") is not null).ToList())
        {
            var text = run.Element(W + "t")!.Value;
            if (text.Length < 2)
            {
                continue;
            }

            var properties = run.Element(W + "rPr");
            var pieces = text.Select(c => new XElement(W + "r",
                new XElement(W + "rPr", properties?.Elements() ?? [], new XElement(W + "rFonts", new XAttribute(W + "hint", "eastAsia"), new XAttribute(W + "eastAsia", "仿宋_GB2312"))),
                new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), c.ToString()))).ToList();
            run.ReplaceWith(pieces.SelectMany((p, i) => i % 3 == 1 ? new object[] { new XElement(W + "proofErr", new XAttribute(W + "type", "gramStart")), p } : [p]));
        }

        foreach (var merge in document.Descendants(W + "vMerge").Where(m => m.Attribute(W + "val") is null))
        {
            merge.SetAttributeValue(W + "val", "continue");
        }
    });

    /// <summary>Word: runs split in two with a language mark, a bookmark, an inserted run and a deleted digit that must not be read.</summary>
    public static byte[] Word(byte[] docx) => Rewrite(docx, document =>
    {
        var i = 0;
        foreach (var run in document.Descendants(W + "r").Where(r => r.Element(W + "t") is not null).ToList())
        {
            var text = run.Element(W + "t")!.Value;
            var properties = run.Element(W + "rPr");
            XElement Run(string t) => new(W + "r", properties is null ? null : new XElement(properties), new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), t));
            var deleted = new XElement(W + "del", new XAttribute(W + "id", 9000 + i), new XAttribute(W + "author", "审核人"), new XAttribute(W + "date", "2022-01-01T00:00:00Z"),
                new XElement(W + "r", new XElement(W + "delText", "9")));
            if (text.Length >= 2)
            {
                var half = text.Length / 2;
                run.ReplaceWith(
                    new XElement(W + "bookmarkStart", new XAttribute(W + "id", i), new XAttribute(W + "name", $"_Hlk{i}")),
                    Run(text[..half]),
                    deleted,
                    new XElement(W + "ins", new XAttribute(W + "id", 8000 + i), new XAttribute(W + "author", "审核人"), new XAttribute(W + "date", "2022-01-01T00:00:00Z"), Run(text[half..])),
                    new XElement(W + "bookmarkEnd", new XAttribute(W + "id", i)));
            }
            else
            {
                run.AddAfterSelf(deleted);
            }

            i++;
        }
    });

    private static byte[] Rewrite(byte[] docx, Action<XDocument> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                var copy = target.CreateEntry(entry.FullName);
                using var write = copy.Open();
                if (entry.FullName == "word/document.xml")
                {
                    var document = XDocument.Load(read);
                    change(document);
                    document.Save(write, SaveOptions.DisableFormatting);
                }
                else
                {
                    read.CopyTo(write);
                }
            }
        }

        return output.ToArray();
    }
}
