using Generator.Bench;

namespace Generator.Tests.Unit.Bench;

/// <summary>The benchmark judges the native engine unless asked otherwise, and refuses an engine it does not know.</summary>
public sealed class BenchOptionsTests
{
    [Theory]
    [InlineData(new string[0], true, true)]
    [InlineData(new[] { "--engine", "native" }, true, false)]
    [InlineData(new[] { "--engine", "jit" }, false, true)]
    [InlineData(new[] { "--engine", "both" }, true, true)]
    public void Engine_option_selects_what_is_timed(string[] args, bool native, bool jit)
    {
        var options = BenchOptions.Parse(args, out var error);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(native, options.Native);
        Assert.Equal(jit, options.Jit);
    }

    [Fact]
    public void Unknown_engine_is_a_usage_error()
    {
        Assert.Null(BenchOptions.Parse(["--engine", "aot"], out var error));
        Assert.Contains("native, jit or both", error, StringComparison.Ordinal);
    }
}
