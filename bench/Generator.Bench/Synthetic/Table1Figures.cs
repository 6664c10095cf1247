namespace Generator.Bench.Synthetic;

/// <summary>
/// Table 1 of one year, in either format, and the figures that continue into the next year: items at
/// year end (C3), documents in force (C2), documents published so far (R6), and decision levels.
/// </summary>
/// <param name="Documents">（一）: 2019 made / published / published total; 2021 issued / repealed / in force.</param>
/// <param name="Items">2019 only: 上一年项目数量, 本年增/减 and 处理决定数量 (null for 收费), by row key.</param>
/// <param name="Decisions">Decisions per row key (licensing, other_public_services, penalties, enforcement), in both formats.</param>
/// <param name="Money">2019: 政府集中采购 amount; 2021: 行政事业性收费 amount; YAML text like <c>{ amount: 348.47, unit: 万元 }</c>.</param>
internal sealed record Table1Figures(
    IReadOnlyDictionary<string, int[]> Documents,
    IReadOnlyDictionary<string, (int Last, int Change, int? Decisions)> Items,
    IReadOnlyDictionary<string, int> Decisions,
    int ProcurementProjects,
    string Money);
