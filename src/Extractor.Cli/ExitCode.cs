namespace Extractor.Cli;

/// <summary>The exit statuses of the contract, which scheduled jobs act on.</summary>
public static class ExitCode
{
    /// <summary>The run completed, whatever the documents held.</summary>
    public const int Completed = 0;

    /// <summary>The run itself could not complete: output not writable, and the like.</summary>
    public const int RunFailed = 1;

    public const int BadArguments = 2;
}
