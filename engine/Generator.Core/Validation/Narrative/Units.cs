namespace Generator.Validation.Narrative;

/// <summary>
/// Whether a number's unit can count a family's figures: 件 counts applications, 起 cases, 份 documents;
/// 万元 only amounts. A usual unit makes a confident match; a possible one (行政处罚决定3945条) an unsure one.
/// </summary>
internal static class Units
{
    public static UnitFit Fit(Family family, Topic topic, QuotedNumber number)
    {
        if (number.IsMoney)
        {
            return family is Family.Fees or Family.Procurement ? UnitFit.Usual : UnitFit.Wrong;
        }

        var (usual, possible) = family switch
        {
            Family.Requests => ("件宗", "起个项份条"),
            Family.Appeals => ("件起宗", "个项条"),
            Family.Documents => ("件份个部项", "条"),
            Family.Decisions => ("件起宗个", "项条份"),
            Family.Procurement => ("个项件批", "起宗份条"),
            _ => (string.Empty, string.Empty),
        };

        // 收费 counts nothing in the tables (its 项目数量 is not a figure the narrative is checked for).
        if (topic == Topic.Fees)
        {
            return UnitFit.Wrong;
        }

        return usual.Contains(number.Unit) ? UnitFit.Usual : possible.Contains(number.Unit) ? UnitFit.Possible : UnitFit.Wrong;
    }
}
