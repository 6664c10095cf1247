namespace Generator.Building;

/// <summary>
/// Writes a report's files so that a reader never sees half a report: each file goes to a temporary
/// name in the same folder and is renamed over the old one only when complete.
/// </summary>
public static class OutputWriter
{
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string FileName, byte[] Bytes)> files)
    {
        Directory.CreateDirectory(folder);
        var temporary = new List<(string Temp, string Final)>();
        try
        {
            foreach (var (name, bytes) in files)
            {
                var final = Path.Combine(folder, name);
                var temp = Path.Combine(folder, $".{name}.{Environment.ProcessId}.tmp");
                File.WriteAllBytes(temp, bytes);
                temporary.Add((temp, final));
            }

            foreach (var (temp, final) in temporary)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temporary.Where(t => File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }
        }

        return [.. temporary.Select(t => t.Final)];
    }
}
