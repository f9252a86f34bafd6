using Extractor.Cli;

namespace Extractor.Tests.Cli;

public sealed class ProgressLinesTests
{
    [Test]
    public void WritesALineEveryNFilesAndAtTheEnd()
    {
        using var log = new StringWriter();
        var progress = new ProgressLines(log, everyFiles: 10, everySeconds: 3600);

        var result = progress.Track(25, fileDone =>
        {
            for (var i = 0; i < 25; i++)
            {
                fileDone();
            }

            return 42;
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(42));
            Assert.That(log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries),
                Is.EqualTo(new[] { "parsed 10/25 files", "parsed 20/25 files", "parsed 25/25 files" }));
        }
    }

    [Test]
    public void DoesNotRepeatTheLastLineWhenTheTotalIsAMultiple()
    {
        using var log = new StringWriter();
        var progress = new ProgressLines(log, everyFiles: 5, everySeconds: 3600);

        progress.Track(10, fileDone =>
        {
            for (var i = 0; i < 10; i++)
            {
                fileDone();
            }

            return 0;
        });

        Assert.That(log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "parsed 5/10 files", "parsed 10/10 files" }));
    }
}
