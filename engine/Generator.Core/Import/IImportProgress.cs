namespace Generator.Import;

/// <summary>Told as the import goes: how many files there are, then each file as it is done (in input order).</summary>
public interface IImportProgress
{
    void Started(int files);

    void Finished(FileImport file);
}
