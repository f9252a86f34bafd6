using Extractor.Crawler.Engine;
using Extractor.Tests.Output;

namespace Extractor.Tests.Crawl;

public class LogRotationTests
{
    [Test]
    public void A_log_under_its_limit_is_appended_to()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("crawl-log.jsonl");
        File.WriteAllText(path, "{\"event\":\"old\"}\n");

        using (var log = new CrawlLog(path, maxBytes: 1024, keep: 5))
        {
            log.Info("new");
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllLines(path), Has.Length.EqualTo(2));
            Assert.That(File.Exists(LogRotation.Numbered(path, 1)), Is.False);
        }
    }

    [Test]
    public void A_full_log_moves_up_and_the_oldest_beyond_those_kept_is_deleted()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("crawl-log.jsonl");
        File.WriteAllText(path, new string('x', 100));
        File.WriteAllText(LogRotation.Numbered(path, 1), "one");
        File.WriteAllText(LogRotation.Numbered(path, 2), "two");

        using (var log = new CrawlLog(path, maxBytes: 100, keep: 2))
        {
            log.Info("run_started");
        }

        var lines = File.ReadAllLines(path);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(folder.Combine("crawl-log.1.jsonl"), Does.Exist);
            Assert.That(File.ReadAllText(folder.Combine("crawl-log.1.jsonl")), Is.EqualTo(new string('x', 100)));
            Assert.That(File.ReadAllText(folder.Combine("crawl-log.2.jsonl")), Is.EqualTo("one"));
            Assert.That(folder.Combine("crawl-log.3.jsonl"), Does.Not.Exist, "two kept, so the old second one is gone");
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.Contain("\"event\":\"log_rotated\"").And.Contain("crawl-log.1.jsonl"));
            Assert.That(lines[1], Does.Contain("\"event\":\"run_started\""));
        }
    }

    [TestCase(0, 5, TestName = "A limit of 0 never rotates")]
    [TestCase(100, 0, TestName = "Keeping none deletes the full log instead")]
    public void Limits(long maxBytes, int keep)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("log.txt");
        File.WriteAllText(path, new string('x', 200));

        var rotated = LogRotation.RotateIfFull(path, maxBytes, keep);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rotated, Is.EqualTo(maxBytes > 0));
            Assert.That(File.Exists(path), Is.EqualTo(maxBytes <= 0));
            Assert.That(folder.Combine("log.1.txt"), Does.Not.Exist);
        }
    }
}
