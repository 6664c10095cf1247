namespace Generator.Tests.Schema;

/// <summary>
/// One edit to a valid sample, checked twice: by the schema (what an editor shows) and by the real
/// reader (what the build says). Both must agree that the edit is fine or is a mistake, so the editor
/// neither nags about good data nor stays silent about an error the build will report.
/// </summary>
public sealed class SchemaAgreesWithReaderTests
{
    private const string Demo2022 = "data/demo/2022.yaml";
    private const string Jiyuan2021 = "data/jiyuan/2021.yaml";
    private const string Guichi2020 = "data/guichi/2020.yaml";
    private const string DemoBureau = "data/demo/bureau.yaml";

    /// <summary>file, text to find (once), replacement, reader error code expected (null: the edit is valid).</summary>
    public static TheoryData<string, string, string, string?> Edits() => new()
    {
        // Keys
        { Demo2022, "\nrequests:", "\nshenqing:", "GEN0101" },
        { Demo2022, "  received:", "  recieved:", "GEN0101" },
        { Demo2022, "  carried_out:       [1, 0, 0, 0, 0, 0]", "  # carried_out 删去", "GEN0102" },
        { Demo2022, "  fees:", "  other_public_services: { items_last_year: 1 }\n  fees:", "GEN0111" },
        { Guichi2020, "made_this_year: 0, published_this_year: 0, published_total: 0 }   # 规章", "issued: 0 }   # 规章", "GEN0101" },
        { Guichi2020, "  fees:                 { items_last_year: 1, items_change: 0 }", "  fees: { items_last_year: 1, items_change: 0, decisions: 1 }", "GEN0101" },

        // Counts
        { Demo2022, "received:          [23,", "received:          [-23,", "GEN0104" },
        { Demo2022, "received:          [23,", "received:          [十,", "GEN0103" },
        { Demo2022, "received:          [23,", "received:          [2.5,", "GEN0103" },
        { Demo2022, "received:          [23,", "received:          [~,", null },
        { Demo2022, "{ issued: 0, repealed: 0, in_force: 0 }", "{ issued: ~, repealed: 0 }", null },
        { Guichi2020, "items_last_year: 6, items_change: 0,", "items_last_year: 6, items_change: -3,", null },
        { Guichi2020, "items_last_year: 6, items_change: 0,", "items_last_year: -6, items_change: 0,", "GEN0104" },

        // Rows: 6 figures, or 7 with the published total (table 2); 4 or 5 (table 3)
        { Demo2022, "received:          [23, 1, 0, 1, 0, 1]", "received:          [23, 1, 0, 1, 0, 1, 26]", null },
        { Demo2022, "received:          [23, 1, 0, 1, 0, 1]", "received:          [23, 1, 0, 1, 0]", "GEN0106" },
        { Demo2022, "received:          [23, 1, 0, 1, 0, 1]", "received:          [23, 1, 0, 1, 0, 1, 26, 0]", "GEN0106" },
        { Demo2022, "received:          [23, 1, 0, 1, 0, 1]", "received:          23", "GEN0105" },
        { Demo2022, "reconsideration:            [2, 0, 1, 0]", "reconsideration:            [2, 0, 1, 0, 3]", null },
        { Demo2022, "reconsideration:            [2, 0, 1, 0]", "reconsideration:            [2, 0, 1]", "GEN0106" },
        { Demo2022, "  other_handling:                           #", "  other_handling: [1, 0, 0, 0, 0, 0]\n  other_handling_was:           #", "GEN0111" },
        { Guichi2020, "other_handling:    [0, 0, 0, 0, 0, 0]", "other_handling:    { other: [0, 0, 0, 0, 0, 0] }", "GEN0111" },

        // Money
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: 972.4015, unit: 万 }", "GEN0107" },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: 7902500, unit: 元 }", null },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: -972.4015, unit: 万元 }", "GEN0107" },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: 七百九十, unit: 万元 }", "GEN0107" },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: 972.4015 }", "GEN0102" },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "{ amount: 972.4015, unit: 万元, note: 全年 }", "GEN0101" },
        { Jiyuan2021, "{ amount: 972.4015, unit: 万元 }", "~", null },
        { Demo2022, "fees:                790.25万元", "fees:                790.25 万元", null },
        { Demo2022, "fees:                790.25万元", "fees:                7902500元", null },
        { Demo2022, "fees:                790.25万元", "fees:                { amount: 790.25, unit: 万元 }", null },
        { Demo2022, "fees:                790.25万元", "fees:                790.25万", "GEN0107" },
        { Demo2022, "fees:                790.25万元", "fees:                790.25", "GEN0107" },
        { Demo2022, "fees:                790.25万元", "fees:                七百九十万元", "GEN0107" },
        { Demo2022, "processing_fee: 0元", "processing_fee: 0 元", null },
        { Demo2022, "processing_fee: 0元", "processing_fee: { amount: 0, unit: 元 }", null },
        { Demo2022, "processing_fee: 0元", "processing_fee: 0", "GEN0107" },
        { Guichi2020, "{ amount: 348.47, unit: 万元 }", "{ amount: 348.47, unit: 万 }", "GEN0107" },

        // Other fields
        { Demo2022, "year: 2022 ", "year: 二〇二二 ", "GEN0103" },
        { Demo2022, "format: 2021 ", "format: 2020 ", "GEN0110" },
        { Demo2022, "format: 2021 ", "format: ~ ", null },
        { Demo2022, "standard_intro: true ", "standard_intro: 是 ", "GEN0105" },
        { Demo2022, "signed_on: 2023-01-16 ", "signed_on: 2023年1月16日 ", "GEN0108" },
        { Demo2022, "signed_on: 2023-01-16 ", "signed_on: 2023-13-16 ", "GEN0108" },
        { Demo2022, "overview: |", "overview: ~\novervie_old: |", "GEN0113" },
        { Demo2022, "signed_on:", "waivers:\n  - at: requests.total\n    relation: R9\n    reason: 照录\nsigned_on:", "GEN0114" },
        { Demo2022, "signed_on:", "waivers:\n  - at: requests.total\n    reason: 照录\n    why: 照录\nsigned_on:", "GEN0101" },
        { Demo2022, "signed_on:", "waivers:\n  - at: requests.total\nsigned_on:", "GEN0102" },

        // bureau.yaml
        { DemoBureau, "agency:", "agnecy:", "GEN0101" },
        { DemoBureau, "  phone:", "  phnoe:", "GEN0101" },
        { DemoBureau, "website: https://www.example.gov.cn/", "website: ftp://www.example.gov.cn/", "GEN0112" },
        { DemoBureau, "website: https://www.example.gov.cn/", "website: www.example.gov.cn", "GEN0112" },
        { DemoBureau, "website: https://www.example.gov.cn/", "website: ~", null },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Schema_and_reader_agree_on_an_edit(string file, string find, string replace, string? readerError)
    {
        var (schema, errors, readerErrors) = Check(file, find, replace);

        if (readerError is null)
        {
            Assert.True(readerErrors.Count == 0, $"the reader should accept this edit, but reports {string.Join(", ", readerErrors)}");
            Assert.True(errors.Count == 0, $"{schema} should accept this edit:\n{string.Join('\n', errors)}");
        }
        else
        {
            Assert.Contains(readerError, readerErrors);
            Assert.True(errors.Count > 0, $"{schema} should flag this edit (the reader reports {string.Join(", ", readerErrors)})");
        }
    }

    /// <summary>
    /// Deliberate difference: the reader reads a quoted number ("23") as 23, but an editor following the
    /// schema flags it, because a quoted figure is almost always a paste from a spreadsheet and the
    /// data format asks for plain digits.
    /// </summary>
    [Fact]
    public void A_quoted_number_is_flagged_by_the_schema_only()
    {
        var (_, errors, readerErrors) = Check(Demo2022, "received:          [23,", "received:          [\"23\",");

        Assert.Empty(readerErrors);
        Assert.Contains(errors, e => e.StartsWith("/requests/received/0:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_its_mapping()
    {
        var (_, errors, _) = Check(Demo2022, "\nrequests:", "\nshenqing:");

        // The misspelt key itself, and the real key that is now missing.
        Assert.Contains(errors, e => e.StartsWith("/shenqing:", StringComparison.Ordinal) || e.Contains("shenqing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("requests", StringComparison.Ordinal));
    }

    private static (string Schema, IReadOnlyList<string> SchemaErrors, IReadOnlyList<string> ReaderErrors) Check(string file, string find, string replace)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)).ReplaceLineEndings("\n");
        Assert.True(text.Split(find).Length == 2, $"“{find}” should occur exactly once in {file}");
        var edited = text.Replace(find, replace, StringComparison.Ordinal);

        if (Path.GetFileName(file) == "bureau.yaml")
        {
            return (SchemaFiles.Bureau, SchemaFiles.Errors(SchemaFiles.Bureau, edited), ReaderRun.InputErrors(ReaderRun.Bureau(edited)));
        }

        var schema = file == Guichi2020 ? SchemaFiles.Report2019 : SchemaFiles.Report2021;
        var (_, diagnostics) = ReaderRun.Report(edited, checkRelations: false);
        return (schema, SchemaFiles.Errors(schema, edited), ReaderRun.InputErrors(diagnostics));
    }
}
