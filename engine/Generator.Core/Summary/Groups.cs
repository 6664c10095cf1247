using Generator.Data;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Summary;

/// <summary>
/// <c>data/groups.yaml</c> (optional): each group is a name and a list of members, a member being a bureau id
/// (a folder of <c>data/</c>) or the name of another group, so a city's group can hold its districts' groups.
/// Every problem is reported at its line (GEN0701); a group with a problem cannot be summed.
/// </summary>
public sealed class Groups
{
    public const string FileName = "groups.yaml";

    /// <summary>More would be a runaway file, not an administrative hierarchy.</summary>
    private const int MaxDepth = 16;

    private readonly Dictionary<string, (List<(string Name, SourceSpan Span)> Members, SourceSpan Span)> _groups = new(StringComparer.Ordinal);

    private Groups()
    {
    }

    /// <summary>The group names in the order of the file.</summary>
    public IReadOnlyList<string> Names => [.. _groups.Keys];

    /// <summary>Reads the file if there is one (no file: no groups, no diagnostic).</summary>
    public static Groups Read(string dataFolder, string? displayBase, IReadOnlySet<string> bureaus, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var groups = new Groups();
        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            return groups;
        }

        var display = DisplayPath.Of(path, displayBase);
        var map = YamlFile.Load(path, display, sources, diagnostics);
        if (map is null)
        {
            return groups;
        }

        foreach (var (key, value) in map.Entries)
        {
            var span = YamlSpans.Of(display, key);
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || name.Trim().Length == 0)
            {
                diagnostics.Error(DiagnosticCode.GroupInvalid, span, "分组名应是一段文字", "每个分组写成“分组名:”，下一行起逐个列出成员，每行一个“- 单位标识”。");
                continue;
            }

            if (value is not YamlSequenceNode list)
            {
                diagnostics.Error(DiagnosticCode.GroupInvalid, YamlSpans.Of(display, value), $"分组“{name}”下应是成员列表",
                    "请在下一行缩进两个空格，每行写一个成员：“- 单位标识”（data/ 下的文件夹名）或“- 另一个分组名”。");
                continue;
            }

            var members = new List<(string, SourceSpan)>();
            foreach (var item in list)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } member })
                {
                    members.Add((member.Trim(), YamlSpans.Of(display, item)));
                }
                else
                {
                    diagnostics.Error(DiagnosticCode.GroupInvalid, YamlSpans.Of(display, item), $"分组“{name}”的成员应是单位标识或分组名",
                        "每行写一个成员，如“- jiyuan”；不要写成“字段: 值”或留空。");
                }
            }

            groups._groups[name.Trim()] = (members, span);
        }

        groups.CheckMembers(bureaus, diagnostics);
        return groups;
    }

    public bool Contains(string name) => _groups.ContainsKey(name);

    /// <summary>The bureaus of a group, nested groups flattened, each once, in the order first listed.</summary>
    public IReadOnlyList<string> BureausOf(string name)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Flatten(name, result, seen, new HashSet<string>(StringComparer.Ordinal), 0);
        return result;
    }

    private void Flatten(string name, List<string> result, HashSet<string> seen, HashSet<string> open, int depth)
    {
        if (depth > MaxDepth || !open.Add(name))
        {
            return;
        }

        foreach (var (member, _) in _groups[name].Members)
        {
            if (_groups.ContainsKey(member))
            {
                Flatten(member, result, seen, open, depth + 1);
            }
            else if (seen.Add(member))
            {
                result.Add(member);
            }
        }

        open.Remove(name);
    }

    /// <summary>Unknown members, and groups that contain themselves (directly or through others).</summary>
    private void CheckMembers(IReadOnlySet<string> bureaus, DiagnosticBag diagnostics)
    {
        foreach (var (name, (members, _)) in _groups)
        {
            foreach (var (member, span) in members)
            {
                if (!_groups.ContainsKey(member) && !bureaus.Contains(member))
                {
                    var near = bureaus.Concat(_groups.Keys).Where(b => EditDistance.Compute(b, member) <= 2).Order(StringComparer.Ordinal).FirstOrDefault();
                    diagnostics.Error(DiagnosticCode.GroupInvalid, span, $"分组“{name}”的成员“{member}”既不是 data/ 下的单位，也不是分组名",
                        near is null ? "单位标识是 data/ 下单位文件夹的名字（小写字母、数字和连字符）；分组名要与本文件中的写法完全一致。" : $"是不是“{near}”？");
                }
            }

            if (Cycle(name, name, 0) is { } path)
            {
                diagnostics.Error(DiagnosticCode.GroupInvalid, _groups[name].Span, $"分组“{name}”包含了它自己：{string.Join(" → ", path)}",
                    "分组可以包含下级分组，但不能兜圈子；请从其中一个分组中删去上级分组。");
            }
        }
    }

    /// <summary>The chain of groups from <paramref name="start"/> back to <paramref name="target"/>, or null.</summary>
    private List<string>? Cycle(string start, string target, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        foreach (var (member, _) in _groups[start].Members)
        {
            if (member == target)
            {
                return [start, member];
            }

            if (_groups.ContainsKey(member) && Cycle(member, target, depth + 1) is { } rest)
            {
                return [start, .. rest];
            }
        }

        return null;
    }
}
