namespace Extractor.Tests.Crawl.Site;

public sealed class SiteFixtureTests
{
    [Test]
    public void The_committed_site_is_what_FixtureSite_writes()
    {
        var root = RepoPaths.Fixture(FixtureSite.Folder);
        var files = FixtureSite.Files();
        if (Environment.GetEnvironmentVariable("EXTRACTOR_WRITE_SITE") == "1")
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
        }

        var onDisk = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        var differing = files.Where(f => !File.Exists(Path.Combine(root, f.Key)) || !File.ReadAllBytes(Path.Combine(root, f.Key)).AsSpan().SequenceEqual(f.Value)).Select(f => f.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onDisk, Is.EqualTo(files.Keys.ToList()), "files under fixtures/site (EXTRACTOR_WRITE_SITE=1 rewrites them)");
            Assert.That(differing, Is.Empty, "files that differ (EXTRACTOR_WRITE_SITE=1 rewrites them)");
        }
    }
}
