namespace Extractor.Cli;

/// <summary>For small runs, which finish before a progress display would tell anyone anything.</summary>
public sealed class SilentProgress : IRunProgress
{
    public T Track<T>(int total, Func<Action, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(() => { });
    }
}
