using System.Reflection;
using Generator.Templating.Functions;

namespace Generator.Tests.Unit.Templating;

public sealed class ReportFunctionsTests
{
    [Fact]
    public void Every_public_function_is_offered_to_templates_once()
    {
        var methods = typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .Order();

        Assert.Equal(methods, ReportFunctions.All.Select(f => f.Method.Name).Order());
    }
}
