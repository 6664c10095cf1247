namespace Generator.Data;

public enum MoneyUnit
{
    /// <summary>元</summary>
    Yuan,

    /// <summary>万元</summary>
    TenThousandYuan,
}
