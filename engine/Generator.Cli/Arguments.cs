using System.Globalization;

namespace Generator.Cli;

/// <summary>
/// Parses <c>--name value</c> options. Small on purpose: the CLI has a handful of options and its
/// messages must be Chinese, which the available parsing libraries do not offer here.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    /// <summary>Parses options that take a value (<paramref name="known"/>) and switches that take none (<paramref name="flags"/>).</summary>
    public static Arguments Parse(string[] args, IReadOnlySet<string> known, IReadOnlySet<string>? flags = null)
    {
        flags ??= new HashSet<string>();
        var result = new Arguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !(known.Contains(name[2..]) || flags.Contains(name[2..])))
            {
                throw new UsageException($"未知的选项“{arg}”。可用的选项：{string.Join("、", known.Concat(flags).Order(StringComparer.Ordinal).Select(k => "--" + k))}。");
            }

            string value;
            if (flags.Contains(name[2..]))
            {
                value = eq > 0 ? throw new UsageException($"选项 {name} 不带取值。") : "true";
            }
            else if (eq > 0)
            {
                value = arg[(eq + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"选项 {name} 后面缺少取值。");
            }

            // An empty value (--out '') would mean the working folder, or nothing at all: never what was meant.
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new UsageException($"选项 {name} 的取值是空的，请写上{(name is "--data" or "--templates" or "--out" ? "文件夹" : "取值")}。");
            }

            if (!result._values.TryAdd(name[2..], value))
            {
                throw new UsageException($"选项 {name} 写了两次。");
            }
        }

        return result;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string flag) => _values.ContainsKey(flag);

    public int? GetYear(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2008 and <= 2100
            ? year
            : throw new UsageException($"--{name} 应是四位年份，这里写的是“{text}”。");
    }
}
