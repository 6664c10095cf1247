using System.Globalization;
using System.Text;

namespace Generator.Bench.Synthetic;

/// <summary>
/// One made-up bureau: its names and contact (its <c>bureau.yaml</c>) and how busy it is, which scales
/// every figure of its reports, so that small county bureaus and busy city districts both occur.
/// </summary>
internal sealed record BureauProfile(string Id, string Agency, string Region, string District, string Office, string Address,
    string Postcode, string Phone, string Website, string WebsiteName, double Scale)
{
    public static BureauProfile Create(int index, Dice dice)
    {
        var province = PlaceNames.Province(dice);
        var city = PlaceNames.Place(dice);
        var district = PlaceNames.Place(dice) + (dice.Chance(0.6) ? "区" : "县");
        var id = "b" + index.ToString("D5", CultureInfo.InvariantCulture);
        // Scale is skewed: most bureaus receive a handful of applications, a few receive hundreds.
        var scale = Math.Round(0.2 + (Math.Pow(dice.Unit(), 3) * 12), 2);
        return new BureauProfile(
            id,
            $"{city}市{district}公安局",
            $"{province}省{city}市{district}",
            district,
            dice.Pick(["办公室", "指挥中心", "法制大队", "政务公开办公室"]),
            $"{district}{PlaceNames.Road(dice)}路{dice.Between(1, 300)}号",
            dice.Between(100000, 899999).ToString(CultureInfo.InvariantCulture),
            $"0{dice.Between(100, 999)}-{dice.Between(2000000, 8999999)}",
            $"https://www.{id}.example.gov.cn/",
            $"{city}市{district}人民政府网站",
            scale);
    }

    /// <summary>The bureau.yaml, laid out like the sample files.</summary>
    public string Yaml()
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../../schema/bureau.schema.json\n");
        text.Append("# 合成数据（基准测试用，单位为虚构）\n");
        text.Append(CultureInfo.InvariantCulture, $"agency: {Agency}\n");
        text.Append(CultureInfo.InvariantCulture, $"region: {Region}\n");
        text.Append("contact:\n");
        text.Append(CultureInfo.InvariantCulture, $"  office: {Office}\n");
        text.Append(CultureInfo.InvariantCulture, $"  address: {Address}\n");
        text.Append(CultureInfo.InvariantCulture, $"  postcode: \"{Postcode}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"  phone: \"{Phone}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"website: {Website}\n");
        text.Append(CultureInfo.InvariantCulture, $"website_name: {WebsiteName}\n");
        text.Append(CultureInfo.InvariantCulture, $"signature: {Agency}\n");
        return text.ToString();
    }
}
