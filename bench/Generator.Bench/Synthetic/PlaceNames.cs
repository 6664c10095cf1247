namespace Generator.Bench.Synthetic;

/// <summary>
/// Made-up place names: two characters drawn from common place-name characters, so the bureaus read
/// like real ones without naming a real bureau on purpose. No personal names anywhere.
/// </summary>
internal static class PlaceNames
{
    private static readonly string[] Characters =
    [
        "安", "宁", "平", "清", "河", "泉", "山", "阳", "江", "湖", "华", "兴", "昌", "丰", "源", "城",
        "林", "川", "南", "北", "东", "西", "云", "海", "临", "永", "新", "长", "德", "嘉", "和", "康",
        "桐", "梅", "溪", "岭", "石", "榆", "松", "青", "白", "金", "泰", "顺", "益", "远", "明", "乐",
    ];

    private static readonly string[] Provinces = ["东川", "南平", "西宁", "北安", "中原", "江岭", "海阳", "云泰"];

    private static readonly string[] Roads = ["人民", "解放", "建设", "文化", "中山", "新华", "胜利", "滨河", "和平", "迎宾"];

    public static string Place(Dice dice) => dice.Pick(Characters) + dice.Pick(Characters);

    public static string Province(Dice dice) => dice.Pick(Provinces);

    public static string Road(Dice dice) => dice.Pick(Roads);
}
