namespace Generator.Data;

/// <summary>
/// Contact details quoted in the standard introduction: from <c>bureau.yaml</c>, each field of which a
/// year file's own <c>contact:</c> may replace (offices move and numbers change from year to year).
/// </summary>
public sealed record Contact(string? Office, string? Address, string? Postcode, string? Phone, string? Email = null, string? OfficeHours = null)
{
    /// <summary>This contact with every field that <paramref name="year"/> states taken from it instead.</summary>
    public Contact With(Contact year) => new(
        year.Office ?? Office, year.Address ?? Address, year.Postcode ?? Postcode, year.Phone ?? Phone,
        year.Email ?? Email, year.OfficeHours ?? OfficeHours);
}
