namespace Extractor.Cli;

/// <summary>Shows how far a run has got.</summary>
public interface IRunProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per file done.</summary>
    T Track<T>(int total, Func<Action, T> work);
}
