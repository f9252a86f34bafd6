using Extractor.Cli;
using Extractor.Tests.Output;

namespace Extractor.Tests.Cli;

public sealed class ArgumentExitCodeTests
{
    [TestCase(new string[0], "extractor: no command given (try 'extractor --help')")]
    [TestCase(new[] { "parse" }, "extractor: parse needs at least one file or folder")]
    [TestCase(new[] { "pares", "x" }, "extractor: unknown command 'pares' (try 'extractor --help')")]
    [TestCase(new[] { "--verbose" }, "extractor: unknown option '--verbose'")]
    [TestCase(new[] { "parse", ".", "--outt", "x" }, "extractor: unknown option '--outt' for parse")]
    [TestCase(new[] { "parse", ".", "--out" }, "extractor: --out needs a folder")]
    [TestCase(new[] { "parse", ".", "--out=" }, "extractor: --out needs a folder")]
    [TestCase(new[] { "parse", ".", "--out", "a", "--out", "b" }, "extractor: --out given more than once")]
    [TestCase(new[] { "parse", "" }, "extractor: an input path is empty")]
    [TestCase(new[] { "--version", "x" }, "extractor: unexpected argument 'x'")]
    [TestCase(new[] { "crawl" }, "extractor: crawl needs at least one URL or sources CSV")]
    [TestCase(new[] { "crawl", "ftp://example.invalid/" }, "extractor: not an http or https URL: ftp://example.invalid/")]
    [TestCase(new[] { "crawl", "https://example.invalid/", "--delay", "soon" }, "extractor: --delay needs a number of seconds, not 'soon'")]
    [TestCase(new[] { "crawl", "https://example.invalid/", "--log-max-mb", "-1" }, "extractor: --log-max-mb needs a non-negative number, not '-1'")]
    [TestCase(new[] { "crawl", "https://example.invalid/", "--log-keep", "many" }, "extractor: --log-keep needs a whole number of at least 0, not 'many'")]
    [TestCase(new[] { "crawl", "https://example.invalid/", "--max-mb", "0" }, "extractor: --max-mb needs a positive number, not '0'")]
    public void BadArgumentsExitWithTwoAndOneLineOnStderr(string[] args, string reason)
    {
        var run = CommandRun.Of(args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { reason }));
            Assert.That(run.Stdout, Is.Empty);
        }
    }

    [Test]
    public void AnInputThatDoesNotExistExitsWithTwoBeforeWritingAnything()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.Combine("missing.html");
        var output = folder.Combine("out");

        var run = CommandRun.Of("parse", missing, "--out", output);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.BadArguments));
            Assert.That(run.StderrLines, Is.EqualTo(new[] { $"extractor: no such file or folder: {missing}" }));
            Assert.That(Directory.Exists(output), Is.False);
        }
    }

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("help")]
    public void HelpPrintsUsageAndExitsWithZero(string arg)
    {
        var run = CommandRun.Of(arg);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.Stdout, Does.StartWith("usage: extractor parse <file-or-folder>... [--out DIR]"));
            Assert.That(run.Stderr, Is.Empty);
        }
    }

    [Test]
    public void ParseHelpPrintsUsage() =>
        Assert.That(CommandRun.Of("parse", "--help").Stdout, Does.StartWith("usage: "));

    [Test]
    public void VersionPrintsOneLine()
    {
        var run = CommandRun.Of("--version");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCode.Completed));
            Assert.That(run.Stdout, Does.Match(@"^extractor \d+\.\d+\.\d+\S*\r?\n$"));
        }
    }

    [Test]
    public void OutDefaultsToOutputFolderUnderTheCurrentDirectory() =>
        Assert.That(CliArguments.Parse(["parse", "x"]), Is.EqualTo(new ParseRequest(["x"], "output/")).Using<ParseRequest>(SameRequest));

    [Test]
    public void OutCanBeGivenWithEqualsAndInputsAfterDoubleDash()
    {
        var request = (ParseRequest)CliArguments.Parse(["parse", "--out=o", "a", "--", "--b"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.OutputFolder, Is.EqualTo("o"));
            Assert.That(request.Inputs, Is.EqualTo(new[] { "a", "--b" }));
        }
    }

    [Test]
    public void OcrIsOnUnlessNoOcrIsGiven()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(((ParseRequest)CliArguments.Parse(["parse", "a"])).Ocr, Is.True);
            Assert.That(((ParseRequest)CliArguments.Parse(["parse", "--no-ocr", "a"])).Ocr, Is.False);
            Assert.That(UsageText.Text, Does.Contain("--no-ocr"));
        }
    }

    private static bool SameRequest(ParseRequest a, ParseRequest b) =>
        a.OutputFolder == b.OutputFolder && a.Inputs.SequenceEqual(b.Inputs);
}
