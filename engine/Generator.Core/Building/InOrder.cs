namespace Generator.Building;

/// <summary>
/// Hands results finished in any order to <c>emit</c> in index order: result i is emitted as soon as it
/// and all before it are done. Keeps a parallel build's output (diagnostics, progress lines) the same
/// as a serial one's while holding only the results that wait for an earlier one.
/// </summary>
internal sealed class InOrder<T>(int count, Action<T> emit)
    where T : class
{
    private readonly T?[] _done = new T?[count];
    private readonly Lock _gate = new();
    private int _next;

    public void Complete(int index, T result)
    {
        lock (_gate)
        {
            _done[index] = result;
            while (_next < _done.Length && _done[_next] is { } ready)
            {
                _done[_next++] = null;
                emit(ready);
            }
        }
    }
}
