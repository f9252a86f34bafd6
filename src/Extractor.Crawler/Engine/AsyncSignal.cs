namespace Extractor.Crawler.Engine;

/// <summary>
/// Wakes the scheduling loop when something changed (a visit ended, URLs were queued). Arm before looking at the
/// state, then await: a change made after the look completes the armed task, so no wake-up is lost.
/// </summary>
public sealed class AsyncSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arm()
    {
        lock (gate)
        {
            if (next.Task.IsCompleted)
            {
                next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return next.Task;
        }
    }

    public void Set()
    {
        lock (gate)
        {
            next.TrySetResult();
        }
    }
}
