using System.Reflection;
using Generator.Templating.Functions;

namespace Generator.Tests.Unit.Templating;

public sealed class ReportFunctionsTests
{
    [Theory]
    [InlineData(nameof(ReportFunctions))]
    [InlineData(nameof(YearOverYearFunctions))]
    public void Every_public_function_is_offered_to_templates_once(string set)
    {
        var (type, all) = set == nameof(ReportFunctions)
            ? (typeof(ReportFunctions), ReportFunctions.All)
            : (typeof(YearOverYearFunctions), YearOverYearFunctions.All);
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .Order();

        Assert.Equal(methods, all.Select(f => f.Method.Name).Order());
    }

    /// <summary>The method each function is described by (its name, parameters, argument conversion) is the one it calls.</summary>
    [Fact]
    public void Every_function_is_described_by_the_method_it_calls()
    {
        foreach (var function in ReportFunctions.All.Concat(YearOverYearFunctions.All).Cast<TypedFunctionBase>())
        {
            Assert.Equal(function.Function.Method, function.Method);
        }
    }

    [Fact]
    public void Looking_up_a_method_that_is_not_there_says_which()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TypedFunctionBase.MethodOf(typeof(ReportFunctions), "Nope"));
        Assert.Contains("Nope", error.Message);
    }
}
