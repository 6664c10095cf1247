using ApprovalTests.Core;

namespace Generator.Tests.Golden;

/// <summary>
/// Never opens a diff tool (tests run on CI and by people without one). With GENERATOR_APPROVE=1 it
/// accepts the received file as the new golden file; review <c>git diff</c> before committing.
/// </summary>
internal sealed class GoldenReporter : IApprovalFailureReporter, IReporterWithApprovalPower
{
    public static GoldenReporter Instance { get; } = new();

    private static bool Approving => Environment.GetEnvironmentVariable("GENERATOR_APPROVE") == "1";

    public void Report(string approved, string received)
    {
        if (Approving)
        {
            File.Copy(received, approved, overwrite: true);
            File.Delete(received);
        }
    }

    public bool ApprovedWhenReported() => Approving;
}
