namespace Generator.Data.Yaml;

/// <summary>
/// What staff may type instead of a key: its Chinese name, or that name in pinyin (without tones),
/// because the keys are English and the people filling the file in think in the form's Chinese
/// labels. An unknown key that matches one of these is answered with the real key
/// (「未知字段 shenqing，您是否想写 requests？」). Only suggestions: the file must still use the key.
/// </summary>
internal static class KeyAliases
{
    /// <summary>Key → space-separated Chinese names and pinyin spellings (lower case, no separators).</summary>
    private static readonly Dictionary<string, string[]> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The report file, top level
        ["year"] = "年度 年份 报告年度 niandu nianfen",
        ["format"] = "格式 官方格式 geshi",
        ["title"] = "标题 biaoti",
        ["intro"] = "前言 导语 qianyan",
        ["standard_intro"] = "标准前言 biaozhunqianyan",
        ["overview"] = "总体情况 概述 zongtiqingkuang zongti",
        ["proactive_disclosure"] = "主动公开 主动公开政府信息情况 表1 zhudonggongkai zhudong",
        ["requests"] = "申请 依申请公开 收到和处理政府信息公开申请情况 表2 shenqing yishenqing yishenqinggongkai",
        ["appeals"] = "复议诉讼 行政复议行政诉讼 复议和诉讼 表3 fuyisusong fuyi susong",
        ["problems_and_improvements"] = "问题 存在的主要问题及改进情况 存在问题 改进 wenti cunzaiwenti gaijin",
        ["other_matters"] = "其他事项 其他需要报告的事项 qitashixiang",
        ["processing_fee"] = "信息处理费 处理费 xinxichulifei chulifei",
        ["signed_on"] = "成文日期 落款日期 日期 chengwenriqi riqi",
        ["waivers"] = "照录 照录说明 豁免 zhaolu",

        // Table 1
        ["rules"] = "规章 guizhang",
        ["normative_documents"] = "规范性文件 行政规范性文件 guifanxingwenjian",
        ["licensing"] = "行政许可 许可 xingzhengxuke xuke",
        ["other_public_services"] = "其他对外管理服务事项 对外管理服务 qitaduiwaiguanlifuwushixiang",
        ["penalties"] = "行政处罚 处罚 xingzhengchufa chufa",
        ["enforcement"] = "行政强制 强制 xingzhengqiangzhi qiangzhi",
        ["fees"] = "行政事业性收费 收费 shoufei xingzhengshiyexingshoufei",
        ["procurement"] = "政府集中采购 采购 caigou zhengfujizhongcaigou",
        ["issued"] = "本年制发件数 制发 zhifa",
        ["repealed"] = "本年废止件数 废止 feizhi",
        ["in_force"] = "现行有效件数 现行有效 xianxingyouxiao",
        ["decisions"] = "处理决定数量 处理决定 决定 chulijueding jueding",
        ["made_this_year"] = "本年新制作数量 新制作 xinzhizuo",
        ["published_this_year"] = "本年新公开数量 新公开 xingongkai",
        ["published_total"] = "对外公开总数量 公开总数 gongkaizongshu",
        ["items_last_year"] = "上一年项目数量 项目数量 shangyinianxiangmushuliang xiangmushuliang",
        ["items_change"] = "本年增减 增减 zengjian",
        ["projects"] = "采购项目数量 项目 xiangmu",
        ["amount"] = "金额 采购总金额 收费金额 jine",
        ["unit"] = "单位 金额单位 danwei",

        // Table 2
        ["received"] = "本年新收 新收 新收申请 xinshou",
        ["carried_in"] = "上年结转 shangnianjiezhuan",
        ["disclosed"] = "予以公开 yuyigongkai",
        ["partly_disclosed"] = "部分公开 bufengongkai",
        ["withheld"] = "不予公开 buyugongkai",
        ["not_available"] = "无法提供 wufatigong",
        ["not_processed"] = "不予处理 buyuchuli",
        ["other_handling"] = "其他处理 qitachuli",
        ["total"] = "总计 合计 zongji heji",
        ["carried_out"] = "结转下年度 结转下年度继续办理 jiezhuanxianiandu",
        ["note"] = "说明 表前说明 shuoming",

        // Table 3
        ["reconsideration"] = "行政复议 复议 xingzhengfuyi fuyi",
        ["direct_suit"] = "未经复议直接起诉 直接起诉 zhijieqisu",
        ["suit_after_reconsideration"] = "复议后起诉 fuyihouqisu",

        // Waivers
        ["at"] = "行 适用的行 hang",
        ["relation"] = "勾稽关系 关系 goujiguanxi",
        ["reason"] = "理由 原因 liyou yuanyin",

        // bureau.yaml
        ["agency"] = "机关全称 全称 名称 单位名称 机关名称 quancheng mingcheng",
        ["region"] = "地区 所在地区 diqu",
        ["website"] = "网站 网址 wangzhan wangzhi",
        ["website_name"] = "网站名称 wangzhanmingcheng",
        ["contact"] = "联系方式 联系 lianxifangshi lianxi",
        ["office"] = "联系部门 部门 bumen",
        ["address"] = "地址 dizhi",
        ["postcode"] = "邮编 邮政编码 youbian",
        ["phone"] = "电话 联系电话 dianhua",
        ["signature"] = "落款 落款单位 luokuan",
        ["email"] = "电子邮箱 邮箱 电子邮件 youxiang dianziyouxiang email",
        ["office_hours"] = "办公时间 工作时间 bangongshijian gongzuoshijian",
        ["self_reference"] = "自称 本机关 本局 zicheng",
    }.ToDictionary(p => p.Key, p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>
    /// The key among <paramref name="known"/> that <paramref name="typed"/> names in Chinese or
    /// pinyin: an exact name first, then a Chinese name containing or contained in it, then a pinyin
    /// spelling at most one letter in six off. Null when nothing matches.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> known)
    {
        var text = new string([.. typed.Where(c => c is not ('_' or '-' or ' ' or '　' or '/'))]).ToLowerInvariant();
        if (text.Length < 2)
        {
            return null;
        }

        var chinese = text.Any(c => c >= '\u3400');
        var candidates = known.Where(Aliases.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var exact = candidates.FirstOrDefault(k => Aliases[k].Contains(text, StringComparer.Ordinal));
        if (exact is not null)
        {
            return exact;
        }

        if (chinese)
        {
            return candidates
                .SelectMany(k => Aliases[k].Where(a => a[0] >= '\u3400' && (a.Contains(text, StringComparison.Ordinal) || text.Contains(a, StringComparison.Ordinal)))
                    .Select(a => (Key: k, Gap: Math.Abs(a.Length - text.Length))))
                .OrderBy(m => m.Gap).Select(m => m.Key).FirstOrDefault();
        }

        var limit = Math.Max(1, text.Length / 6);
        return candidates
            .SelectMany(k => Aliases[k].Where(a => a[0] < '\u3400').Select(a => (Key: k, Distance: EditDistance.Compute(text, a))))
            .Where(m => m.Distance <= limit)
            .OrderBy(m => m.Distance).Select(m => m.Key).FirstOrDefault();
    }
}
