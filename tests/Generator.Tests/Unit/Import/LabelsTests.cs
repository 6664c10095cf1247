using Generator.Import.Recognizing;

namespace Generator.Tests.Unit.Import;

/// <summary>The label variants of spec §8 and those seen in published reports name the official rows.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "received")]
    [InlineData("一 、本年新收 政府信息公开申请数量", "received")]
    [InlineData("二、上年结转政府信息公开申请数量", "carried_in")]
    [InlineData("(一) 予以公开", "disclosed")]
    [InlineData("(一)予以公开", "disclosed")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly_disclosed")]
    [InlineData("(二) 部分公开(区分处理的,只计这一情形,不计其他情形)", "partly_disclosed")]
    [InlineData("1.属于国家秘密", "withheld.state_secret")]
    [InlineData("1. 属于国家秘密", "withheld.state_secret")]
    [InlineData("3.危及“三安全一稳定”", "withheld.three_securities_one_stability")]
    [InlineData("3.危及\"三安全一稳定\"", "withheld.three_securities_one_stability")]
    [InlineData("6. 属于四类过程性信息", "withheld.process_information")]
    [InlineData("1.本机关不 掌握相关政 府信息", "not_available.not_held")]
    [InlineData("5.要求行政机关确认或重新出具已获取信息", "not_processed.confirmation_request")]
    [InlineData("5.要求行政机关确认或重新出具已取信息", "not_processed.confirmation_request")]
    [InlineData("（六）其他处理", "other_handling")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_handling.no_correction")]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_handling.fee_unpaid")]
    [InlineData("3.其他", "other_handling.other")]
    [InlineData("（七）总计", "total")]
    [InlineData("(七)合计", "total")]
    [InlineData("四、结转下年度继续办理", "carried_out")]
    public void Table_2_labels_name_their_row(string label, string path) => Assert.Equal(path, RequestRowNames.PathOf(label));

    [Theory]
    [InlineData("三、本年度办理结果")]
    [InlineData("（三）不予公开")]
    [InlineData("(三) 不予 公开")]
    [InlineData("申请人情况")]
    [InlineData("自然 人")]
    public void Group_and_header_labels_name_no_row(string label) => Assert.Null(RequestRowNames.PathOf(label));

    [Theory]
    [InlineData("规范性文件（指本机关制定的规范性文件）", "规范性文件")]
    [InlineData("第二十条第(一)项", "第二十条第(一)项")]
    [InlineData("第二十条第（十一）项", "第二十条第(十一)项")]
    [InlineData("第二十条第(1)项", "第二十条第(1)项")]
    [InlineData("行政许可(注)", "行政许可")]
    [InlineData("本年增/减", "本年增/减")]
    [InlineData("采购总金额（单位:万元）", "采购总金额")]
    public void Annotations_and_numbering_are_left_out_and_parentheses_are_half_width(string label, string core) => Assert.Equal(core, Labels.Core(label));

    [Theory]
    [InlineData("自然人", true)]
    [InlineData("10", false)]
    [InlineData("10件", false)]
    [InlineData("21672.16万元", false)]
    [InlineData("三", false)]
    [InlineData("", false)]
    public void Words_are_told_from_figures(string text, bool words) => Assert.Equal(words, Labels.IsWords(text));
}
