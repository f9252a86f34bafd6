using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extractor.Cli.Workers;

namespace Extractor.Tests.Workers;

/// <summary>A reader process never outlives its run, even while stuck in a document.</summary>
[NonParallelizable]
public sealed class WorkerLifetimeTests
{
    [Test]
    public void A_worker_stuck_in_a_document_exits_when_its_run_is_gone()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("uses sleep(1) as a stand-in run");
        }

        using var run = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var launch = WorkerLaunch.OfThisProgram();
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[.. launch.Prefix, WorkerProtocol.Verb, "--parent", run.Id.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[WorkerTestHooks.EnvironmentVariable] = "1";
        using var worker = Process.Start(start)!;
        try
        {
            Assert.That(WorkerProtocol.ReadGreeting(WorkerProtocol.ReadFrame(worker.StandardOutput.BaseStream)!), Is.EqualTo(WorkerProtocol.Greeting));
            WorkerProtocol.WriteRequest(worker.StandardInput.BaseStream, Encoding.ASCII.GetBytes(WorkerTestHooks.Marker + "hang"), "hang.txt", null);
            Assert.That(worker.WaitForExit(1500), Is.False, "the worker is stuck in the document");

            run.Kill();
            run.WaitForExit();

            Assert.That(worker.WaitForExit(15_000), Is.True, "the worker left with its run");
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill();
            }
        }
    }
}
