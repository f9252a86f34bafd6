using System.Diagnostics;
using Extractor.Cli;
using Extractor.Crawler.State;
using Extractor.Tests.Cli;
using Extractor.Tests.Crawl.Site;

namespace Extractor.Tests.Crawl;

/// <summary>
/// The crawl run as the program it is, killed with SIGKILL while a document is in flight (no cleanup runs, as when a
/// machine's job is killed), then run again: it must end with the files of a run never interrupted.
/// </summary>
[NonParallelizable]
public sealed class KillAndResumeTests
{
    private static readonly string[] ReportFiles = ["reports.csv", "values.csv", "checks.csv", "sections.csv"];

    [Test]
    public async Task A_crawl_killed_mid_document_resumes_to_the_files_of_a_clean_run()
    {
        await using var portal = await FixturePortal.StartAsync();
        using var clean = new CrawlFolders();
        using var killed = new CrawlFolders();
        Assert.That(await RunAsync(Arguments(portal, clean)), Is.EqualTo(0), "the clean run");

        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        portal.BeforeAnswer = path => path == FixtureSite.GbkReport && stalled.TrySetResult() ? release.Task : Task.CompletedTask;
        var killedRunStarts = Stopwatch.GetTimestamp();
        using (var child = Start(Arguments(portal, killed)))
        {
            await stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));

            // Let every visit before the stalled one commit, so which URLs may be asked again is known exactly.
            await Task.Delay(300);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var killedAt = Stopwatch.GetTimestamp();
        var doneBeforeKill = portal.Requests.Where(r => r.Start > killedRunStarts && r.End < killedAt && r.Status == 200).Select(r => r.PathAndQuery).ToHashSet();
        portal.BeforeAnswer = null;
        release.SetResult();

        Assert.That(await RunAsync(Arguments(portal, killed)), Is.EqualTo(0), "the resumed run");

        var askedAgain = portal.Requests.Where(r => r.Start > killedAt).Select(r => r.PathAndQuery).Where(doneBeforeKill.Contains);
        using (Assert.EnterMultipleScope())
        {
            foreach (var file in ReportFiles)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(killed.Out, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(clean.Out, file))), file);
            }

            Assert.That(WithoutFetchTimes(killed), Is.EqualTo(WithoutFetchTimes(clean)), "documents.csv but for fetched_at");
            Assert.That(askedAgain, Is.Empty, "nothing fetched whole before the kill is fetched again");
            Assert.That(doneBeforeKill, Has.Count.GreaterThan(4), "the kill came mid-run");
            Assert.That(Directory.EnumerateFiles(Path.Combine(killed.State, "archive", ".incoming")), Is.Empty);
        }
    }

    [Test]
    public void A_second_crawl_on_a_state_folder_in_use_exits_with_one_and_says_why()
    {
        using var folders = new CrawlFolders();
        using var held = StateLock.Acquire(folders.State);

        var run = CommandRun.Of("crawl", "http://127.0.0.1:9/", "--state", folders.State, "--out", folders.Out);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.RunFailed));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("in use by another crawl"));
        }
    }

    [Test]
    public void A_state_that_is_not_a_database_exits_with_one_and_says_why()
    {
        using var folders = new CrawlFolders();
        Directory.CreateDirectory(folders.State);
        File.WriteAllText(Path.Combine(folders.State, CrawlState.FileName), "this is not a SQLite database, it is a note someone left here");

        var run = CommandRun.Of("crawl", "http://127.0.0.1:9/", "--state", folders.State, "--out", folders.Out);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.RunFailed));
            Assert.That(run.StderrLines, Has.Count.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("cannot be used"));
        }
    }

    private static string[] Arguments(FixturePortal portal, CrawlFolders folders) =>
        ["crawl", portal.Home.AbsoluteUri, "--state", folders.State, "--out", folders.Out, "--delay", "0.03", "--max-mb", "1", "--retries", "2", "--timeout", "20"];

    private static List<string> WithoutFetchTimes(CrawlFolders folders)
    {
        var documents = folders.Read("documents.csv");
        var at = documents.Header.ToList().IndexOf("fetched_at");
        return [.. documents.Rows.Select(r => string.Join('|', r.Where((_, i) => i != at)))];
    }

    private static Process Start(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extractor.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                TestContext.Progress.WriteLine("extractor: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunAsync(string[] arguments)
    {
        using var process = Start(arguments);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return process.ExitCode;
    }
}
