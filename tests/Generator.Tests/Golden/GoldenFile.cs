using ApprovalTests;
using ApprovalTests.Core;

namespace Generator.Tests.Golden;

/// <summary>
/// Compares text with an approved golden file beside the test case (<c>name.approved.ext</c>) using
/// ApprovalTests. On a difference ApprovalTests writes <c>name.received.ext</c> next to it and the
/// test fails; review the diff and rename the file to approve, or run the tests with
/// <c>GENERATOR_APPROVE=1</c> to accept every received file.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string text, string folder, string name, string extension) =>
        Approvals.Verify(new Utf8TextWriter(text, extension), new FolderNamer(folder, name), GoldenReporter.Instance);

    private sealed class FolderNamer(string folder, string name) : IApprovalNamer
    {
        public string SourcePath => folder;

        public string Name => name;
    }
}
