namespace Generator.Authoring;

/// <summary>Files that <c>new</c> and <c>init</c> write for staff to fill in: never over an existing file.</summary>
internal static class NewFile
{
    /// <summary>
    /// Writes a new file, complete or not at all: the bytes go to a temporary file in the same folder,
    /// which is then moved to its name without overwriting, so even a file that appeared since the
    /// caller's checks is kept, and an interrupted run leaves no half-written file.
    /// </summary>
    public static NewFileOutcome TryCreate(string path, byte[] content)
    {
        if (File.Exists(path))
        {
            return NewFileOutcome.Existed;
        }

        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: false);
            return NewFileOutcome.Created;
        }
        catch (IOException) when (File.Exists(path))
        {
            return NewFileOutcome.Existed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NewFileOutcome.Failed;
        }
        finally
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary name starts with a dot and is never read as data.
            }
        }
    }
}
