using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Data.Yaml;

/// <summary>Reads <c>bureau.yaml</c>, and the contact details that a year file may give for its own year.</summary>
internal static partial class BureauReader
{
    /// <summary>How long a self-reference may be: 本机关, 本局, 我局, 我区公安分局 are a few characters.</summary>
    private const int MaxSelfReference = 12;

    public static Bureau? Read(MapReader map, string id)
    {
        var agency = map.Text("agency", "机关全称", required: true);
        var region = map.Text("region", "所在地区");
        var contact = ReadContact(map);
        var website = map.Text("website", "网站");
        if (website is not null && !SafeUrl.IsWebsite(website))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidUrl, map.SpanOf("website"),
                SafeUrl.IsHttp(website.Trim())
                    ? $"网站地址中有空格、中文、引号、括号或其他不能直接写在网址中的字符：“{website}”"
                    : $"网站地址应是以 http:// 或 https:// 开头的完整网址：“{website}”",
                "请写完整的网址，如 https://www.example.gov.cn/；网址中的中文和特殊字符要用百分号编码（如“(”写成 %28），不能有空格。");
            website = null;
        }

        var websiteName = map.Text("website_name", "网站名称");
        var signature = map.Text("signature", "落款单位");
        var selfReference = ReadSelfReference(map);
        map.ReportUnknownKeys();
        return agency is null
            ? null
            : new Bureau(id, agency, region, contact, website, websiteName, signature ?? agency, map.Span, selfReference ?? Bureau.DefaultSelfReference);
    }

    /// <summary><c>contact:</c> of <c>bureau.yaml</c> or of a year file; null when absent.</summary>
    public static Contact? ReadContact(MapReader parent)
    {
        var map = parent.Map("contact", "联系方式", required: false);
        if (map is null)
        {
            return null;
        }

        var email = map.Text("email", "电子邮箱");
        if (email is not null && !Email().IsMatch(email))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidEmail, map.SpanOf("email"), $"{map.Child("email")}（电子邮箱）写法不对：“{email}”",
                "请写完整的电子邮箱地址，如 gongkai@example.gov.cn（半角字母和符号，中间不要有空格）。");
            email = null;
        }

        var contact = new Contact(
            map.Text("office", "联系部门"),
            map.Text("address", "地址"),
            map.Text("postcode", "邮编"),
            map.Text("phone", "电话"),
            email,
            map.Text("office_hours", "办公时间"));
        map.ReportUnknownKeys();
        return contact;
    }

    private static string? ReadSelfReference(MapReader map)
    {
        var text = map.Text("self_reference", "自称");
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxSelfReference || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidText, map.SpanOf("self_reference"),
                $"self_reference（生成的句子中机关的自称）应是 1 至 {MaxSelfReference} 个字、不含空格，这里写的是“{text}”",
                "例如 本机关、本局、我局、我区；不写则为“本机关”。");
            return null;
        }

        return trimmed;
    }

    [GeneratedRegex(@"^[^\s@，。]+@[^\s@，。]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();
}
