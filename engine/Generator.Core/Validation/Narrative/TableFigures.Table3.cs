using Generator.Data;

namespace Generator.Validation.Narrative;

/// <summary>Table 3: the totals and results of 行政复议 and the two kinds of 行政诉讼.</summary>
internal sealed partial class TableFigures
{
    private static readonly string[] Results = ["结果维持", "结果纠正", "其他结果", "尚未审结"];

    private TableFigure? Appeal(Topic topic, Aspect aspect)
    {
        var (rows, label) = topic switch
        {
            Topic.Reconsideration => ((FigureRow[])[_appeals.Reconsideration], "行政复议"),
            Topic.Litigation => ([_appeals.DirectSuit, _appeals.SuitAfterReconsideration], "行政诉讼"),
            Topic.DirectSuit => ([_appeals.DirectSuit], "未经复议直接起诉"),
            Topic.SuitAfterReconsideration => ([_appeals.SuitAfterReconsideration], "复议后起诉"),
            _ => ([], string.Empty),
        };
        if (rows.Length == 0)
        {
            return null;
        }

        var column = aspect switch
        {
            Aspect.Upheld => 0,
            Aspect.Corrected => 1,
            Aspect.OtherResult => 2,
            Aspect.Pending => 3,
            _ => -1,
        };
        var both = rows.Length > 1 ? "（未经复议直接起诉与复议后起诉之和）" : string.Empty;
        var name = column < 0 ? $"表3“{label}”的总计{both}" : $"表3“{label}”的“{Results[column]}”{both}";
        var parts = new TableFigure[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            parts[i] = column < 0 ? Row(row, name)
                : row.Parts.Count > column ? TableFigure.Count(name, row.Parts[column].Value, row.Parts[column].Invalid)
                : new TableFigure(name, null, FigureState.Invalid, string.Empty);
        }

        return rows.Length == 1 ? parts[0] : TableFigure.Sum(name, parts);
    }
}
