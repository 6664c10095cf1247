namespace Generator.Data;

/// <summary>Contact details quoted in the standard introduction.</summary>
public sealed record Contact(string? Office, string? Address, string? Postcode, string? Phone);
