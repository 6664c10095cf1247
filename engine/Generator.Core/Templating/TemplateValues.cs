using System.Globalization;
using System.Numerics;
using Generator.Data;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>
/// Which values a template may turn into text: printing (<c>{{ x }}</c>), joining with <c>+</c>, comparing
/// with text or passing where a function wants text. Only values whose text is meant for a reader: text,
/// whole and finite numbers, money and table figures (<see cref="Money"/> and <see cref="Count"/> print
/// themselves as the report shows them) and markup the engine made. Everything else would publish what
/// .NET or Scriban makes of it: a model object's record dump (<c>FigureRow { Path = …, Parts =
/// System.Collections.Generic.List`1[…] }</c>), a list as <c>[1, 2]</c>, <c>true</c>, <c>Format2021</c>,
/// a date as <c>01/16/2023</c>, <c>Infinity</c>, <c>&lt;function&gt;</c>. Those are errors instead.
/// </summary>
/// <remarks>
/// The check is a chain of type tests, no reflection: it runs for every value a report prints
/// (about a thousand reports a second in the benchmark).
/// </remarks>
internal static class TemplateValues
{
    public static bool IsPrintable(object? value) => value switch
    {
        null or string or int or Count or RawMarkup or long or decimal or Money => true,
        double d => double.IsFinite(d),
        float f => float.IsFinite(f),
        short or byte or sbyte or ushort or uint or ulong or BigInteger => true,

        // What Scriban's `empty` is: it prints nothing, as null does.
        _ => ReferenceEquals(value, EmptyScriptObject.Default),
    };

    /// <summary>
    /// The text of a printable value, as Scriban prints it (invariant culture); for functions of our own
    /// that put values into text. A value that may not be printed is an error at the function call.
    /// </summary>
    public static string Text(object? value, string function) => value switch
    {
        _ when !IsPrintable(value) => throw new TemplateFunctionException(
            $"`{function}` 只能把文字、数字或金额放进句子，这里给的是{TemplateValueKinds.Describe(value).Name}",
            TemplateValueKinds.Describe(value).Hint),
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
