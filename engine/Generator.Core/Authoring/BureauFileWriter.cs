using Generator.Diagnostics;

namespace Generator.Authoring;

/// <summary>The <c>bureau.yaml</c> that <c>new</c> writes for a bureau seen for the first time: every field blank, each explained.</summary>
internal static class BureauFileWriter
{
    /// <summary>agency is required, so validation reports it until it is filled in. The header names the command as the user ran it.</summary>
    public static string Text => $"""
        # yaml-language-server: $schema=../../schema/bureau.schema.json
        # 单位信息（各年度共用），由 {CommandName.Of("new")} 建立；请填写，写法见 docs/data-format.md。
        agency: ~                           # 机关全称（必填），用于标题和前言，如 示例市公安局
        region: ~                           # 所在地区（可选），如 示例省示例市
        contact:                            # 联系方式（可选），用于自动生成的前言
          office: ~                         # 联系部门
          address: ~                        # 地址
          postcode: ~                       # 邮编（请加引号，如 "350200"）
          phone: ~                          # 电话（请加引号，如 "0591-28201662"）
          email: ~                          # 电子邮箱，如 gongkai@example.gov.cn
          office_hours: ~                   # 办公时间，如 工作日 9:00—17:00
        website: ~                          # 报告电子版发布网站（可选，仅 http/https），如 https://www.example.gov.cn/
        website_name: ~                     # 网站名称（可选）
        signature: ~                        # 落款单位（可选，缺省为 agency）
        self_reference: ~                   # 程序生成的句子中的自称（可选），如 本局、我局；缺省为“本机关”

        """;
}
