using Spectre.Console;

namespace Extractor.Cli;

/// <summary>A Spectre.Console progress bar on stderr, when stderr is a terminal: stdout stays clean for the summary.</summary>
public sealed class TerminalProgressBar(TextWriter terminal) : IRunProgress
{
    public T Track<T>(int total, Func<Action, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("parsing", maxValue: total);
                return work(() => task.Increment(1));
            });
    }
}
