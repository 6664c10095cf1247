using Generator.Diagnostics;

namespace Generator.Data.Yaml;

/// <summary>Reads <c>bureau.yaml</c>.</summary>
internal static class BureauReader
{
    public static Bureau? Read(MapReader map, string id)
    {
        var agency = map.Text("agency", "机关全称", required: true);
        var region = map.Text("region", "所在地区");
        Contact? contact = null;
        var contactMap = map.Map("contact", "联系方式", required: false);
        if (contactMap is not null)
        {
            contact = new Contact(
                contactMap.Text("office", "联系部门"),
                contactMap.Text("address", "地址"),
                contactMap.Text("postcode", "邮编"),
                contactMap.Text("phone", "电话"));
            contactMap.ReportUnknownKeys();
        }

        var website = map.Text("website", "网站");
        if (website is not null && !SafeUrl.IsHttp(website))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidUrl, map.SpanOf("website"), $"网站地址应以 http:// 或 https:// 开头：{website}",
                "请写完整的网址，如 https://www.example.gov.cn/。");
            website = null;
        }

        var websiteName = map.Text("website_name", "网站名称");
        var signature = map.Text("signature", "落款单位");
        map.ReportUnknownKeys();
        return agency is null ? null : new Bureau(id, agency, region, contact, website, websiteName, signature ?? agency, map.Span);
    }
}
