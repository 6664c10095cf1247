using Generator.Diagnostics;

namespace Generator.Authoring;

/// <summary>The <c>bureau.yaml</c> written for a bureau seen for the first time (by <c>new</c> or <c>import</c>): every field explained, blank unless known.</summary>
internal static class BureauFileWriter
{
    /// <summary>What <c>new</c> writes: every field blank. agency is required, so validation reports it until it is filled in. The header names the command as the user ran it.</summary>
    public static string Text => Write(null, null, $"由 {CommandName.Of("new")} 建立；请填写");

    /// <param name="agency">The agency's full name when known (<c>import</c> takes it from the report's title), else blank.</param>
    /// <param name="signature">The signature when it differs from the agency, else blank.</param>
    /// <param name="origin">Who made the file and what to do, for the header comment (“由 … 建立；请填写”).</param>
    public static string Write(string? agency, string? signature, string origin)
    {
        var lines = new YamlLines();
        lines.Raw("# yaml-language-server: $schema=../../schema/bureau.schema.json");
        lines.Raw($"# 单位信息（各年度共用），{origin}，写法见 docs/data-format.md。");
        lines.Line(0, "agency", Scalar(agency), "机关全称（必填），用于标题和前言" + (agency is null ? "，如 示例市公安局" : string.Empty), keyWidth: 8);
        lines.Line(0, "region", "~", "所在地区（可选），如 示例省示例市", keyWidth: 8);
        lines.Line(0, "contact", string.Empty, "联系方式（可选），用于自动生成的前言");
        lines.Line(2, "office", "~", "联系部门");
        lines.Line(2, "address", "~", "地址");
        lines.Line(2, "postcode", "~", "邮编（请加引号，如 \"350200\"）");
        lines.Line(2, "phone", "~", "电话（请加引号，如 \"0591-28201662\"）");
        lines.Line(2, "email", "~", "电子邮箱，如 gongkai@example.gov.cn");
        lines.Line(2, "office_hours", "~", "办公时间，如 工作日 9:00—17:00");
        lines.Line(0, "website", "~", "报告电子版发布网站（可选，仅 http/https），如 https://www.example.gov.cn/");
        lines.Line(0, "website_name", "~", "网站名称（可选）");
        lines.Line(0, "signature", Scalar(signature), "落款单位（可选，缺省为 agency）");
        lines.Line(0, "self_reference", "~", "程序生成的句子中的自称（可选），如 本局、我局；缺省为“本机关”");
        return lines.ToString();
    }

    private static string Scalar(string? text) => text is null ? "~" : YamlScalar.Plain(text);
}
