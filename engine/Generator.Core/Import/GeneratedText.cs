using System.Text.RegularExpressions;
using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Blocks;
using Generator.Import.Reading;
using Generator.Import.Recognizing;
using Generator.Import.Source;
using Generator.Templating;

namespace Generator.Import;

/// <summary>
/// What the engine's own templates write is not narrative: a report this program made (or one following the
/// same wording) has sentences the templates generate from the figures (“2021年，本局新收政府信息公开申请10件…”),
/// the standard introduction and the processing-fee sentence. Kept as narrative they would be printed twice
/// on the next build. They are found by rendering the imported report with the templates in use and
/// comparing paragraph by paragraph, so a change of the templates' wording needs no change here.
/// </summary>
internal static partial class GeneratedText
{
    /// <summary>The narrative fields that may hold a generated sentence: the text around the tables and section 六.</summary>
    private static readonly string[] Fields = ["proactive_disclosure.note", "requests.note", "appeals.note", "other_matters"];

    /// <returns>Whether the imported report changed.</returns>
    public static bool Remove(ImportedReport imported, Report report, TemplateSet templates)
    {
        var changed = StandardIntro(imported, report, templates);
        changed |= ProcessingFee(imported, report, templates);
        var generated = Generated(report, templates);
        if (generated.Count == 0)
        {
            return changed;
        }

        foreach (var field in Fields)
        {
            if (!imported.Narrative.TryGetValue(field, out var texts))
            {
                continue;
            }

            var kept = texts.Where(t => !generated.Contains(Key(t.Plain))).ToList();
            if (kept.Count == texts.Count)
            {
                continue;
            }

            changed = true;
            if (kept.Count > 0)
            {
                imported.Narrative[field] = kept;
            }
            else if (field == "other_matters")
            {
                // Only the processing-fee sentence was there; “无。” beside it is not printed (see templates/common/back).
                imported.Narrative[field] = [new SourceText(SourceTextKind.Paragraph, "无。", "无。", default)];
            }
            else
            {
                imported.Narrative.Remove(field);
            }
        }

        return changed;
    }

    /// <summary>The introduction is the engine's standard one when rendering <c>standard_intro: true</c> gives its paragraphs.</summary>
    private static bool StandardIntro(ImportedReport imported, Report report, TemplateSet templates)
    {
        if (!imported.Narrative.TryGetValue("intro", out var intro) || report.StandardIntro)
        {
            return false;
        }

        var document = Render(report with { StandardIntro = true, Intro = null }, templates);
        var standard = document?.Blocks.TakeWhile(b => b is not Heading { Level: > 1 }).OfType<Paragraph>()
            .Where(p => p.Span.File != report.File).Select(p => Key(PlainText.Of(p.Inlines))).ToList();
        if (standard is null || standard.Count == 0 || !standard.SequenceEqual(intro.Select(t => Key(t.Plain)), StringComparer.Ordinal))
        {
            return false;
        }

        imported.StandardIntro = true;
        imported.Narrative.Remove("intro");
        return true;
    }

    /// <summary>Section 六 opening with the engine's processing-fee sentence: the fee is a figure of the report.</summary>
    private static bool ProcessingFee(ImportedReport imported, Report report, TemplateSet templates)
    {
        if (report.ProcessingFee is not null || !imported.Narrative.TryGetValue("other_matters", out var other) || other.Count == 0)
        {
            return false;
        }

        var sentence = Reading.TextTidy.Squeeze(other[0].Plain);
        Money? fee = NoFee().IsMatch(sentence) ? new Money(0, MoneyUnit.Yuan)
            : FeeCharged().Match(sentence) is { Success: true } m && decimal.TryParse(m.Groups[1].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount)
                ? new Money(amount, m.Groups[2].Value == "万元" ? MoneyUnit.TenThousandYuan : MoneyUnit.Yuan)
                : null;
        if (fee is null || !Generated(report with { ProcessingFee = fee }, templates).Contains(Key(other[0].Plain)))
        {
            return false;
        }

        imported.ProcessingFee = fee.AmountText + fee.UnitText;
        imported.Narrative["other_matters"] = other.Count > 1 ? other[1..] : [new SourceText(SourceTextKind.Paragraph, "无。", "无。", default)];
        return true;
    }

    /// <summary>The paragraphs of the rendered report that the templates wrote (their source is the template output, not the year file).</summary>
    private static HashSet<string> Generated(Report report, TemplateSet templates) =>
        Render(report, templates)?.Blocks.OfType<Paragraph>().Where(p => p.Span.File != report.File)
            .Select(p => Key(PlainText.Of(p.Inlines))).ToHashSet(StringComparer.Ordinal) ?? [];

    private static ReportDocument? Render(Report report, TemplateSet templates) =>
        ReportPipeline.BuildDocument(report, templates, new SourceTextCache(), new DiagnosticBag());

    private static string Key(string plain) => TextTidy.Squeeze(plain);

    [GeneratedRegex("^[0-9]{4}年，.{1,12}未收取(政府信息公开)?信息处理费。$")]
    private static partial Regex NoFee();

    [GeneratedRegex("收取信息处理费([0-9]+(?:\\.[0-9]+)?)(万元|元)。$")]
    private static partial Regex FeeCharged();
}
