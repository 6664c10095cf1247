using System.Globalization;

namespace Generator.Serve;

/// <summary>The key a report is held under: <c>bureau/year</c>, as in its address.</summary>
internal static class Keys
{
    public static string Of(string bureauId, int year) => bureauId + "/" + year.ToString(CultureInfo.InvariantCulture);
}
