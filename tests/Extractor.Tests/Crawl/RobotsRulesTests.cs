using System.Text;
using Extractor.Crawler.Politeness;

namespace Extractor.Tests.Crawl;

public sealed class RobotsRulesTests
{
    private static RobotsRules Parse(string text) => RobotsRules.Parse(Encoding.UTF8.GetBytes(text));

    [TestCase("/private/x.html", false)]
    [TestCase("/private", true)]
    [TestCase("/public/x.html", true)]
    [TestCase("/robots.txt", true)]
    public void A_disallowed_prefix_is_refused(string path, bool allowed) =>
        Assert.That(Parse("User-agent: *\nDisallow: /private/\n").IsAllowed("extractor-crawler", path), Is.EqualTo(allowed));

    [Test]
    public void The_longest_match_wins_and_allow_wins_a_tie()
    {
        var robots = Parse("User-agent: *\nDisallow: /xxgk/\nAllow: /xxgk/ndbg/\nDisallow: /a\nAllow: /a\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(robots.IsAllowed("bot", "/xxgk/zcwj/1.html"), Is.False);
            Assert.That(robots.IsAllowed("bot", "/xxgk/ndbg/1.html"), Is.True);
            Assert.That(robots.IsAllowed("bot", "/a"), Is.True);
        }
    }

    [TestCase("/files/a.pdf", false)]
    [TestCase("/files/a.pdf?x=1", true)]
    [TestCase("/search?q=1", false)]
    [TestCase("/x/search/y", true)]
    public void Wildcards_and_end_anchors(string path, bool allowed) =>
        Assert.That(Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search\n").IsAllowed("bot", path), Is.EqualTo(allowed));

    [Test]
    public void The_group_naming_the_crawler_wins_over_star_and_same_named_groups_combine()
    {
        var robots = Parse("User-agent: *\nDisallow: /\n\nUser-agent: Extractor-Crawler\nUser-agent: other\nDisallow: /a/\n\nuser-agent: extractor-crawler\nDisallow: /b/\nCrawl-delay: 5\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(robots.IsAllowed("extractor-crawler", "/c/"), Is.True);
            Assert.That(robots.IsAllowed("extractor-crawler", "/a/1"), Is.False);
            Assert.That(robots.IsAllowed("extractor-crawler", "/b/1"), Is.False);
            Assert.That(robots.IsAllowed("somebot", "/c/"), Is.False);
            Assert.That(robots.CrawlDelay("extractor-crawler"), Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(robots.CrawlDelay("somebot"), Is.Null);
        }
    }

    [Test]
    public void Comments_blank_lines_odd_case_and_an_empty_disallow_are_read_as_the_rfc_says()
    {
        var robots = Parse("# hello\r\nUSER-AGENT: * # all\r\nDisallow:\r\nDISALLOW: /tmp/ # temp\r\ncrawl-delay: 0.5\r\nnonsense line\r\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(robots.IsAllowed("bot", "/"), Is.True);
            Assert.That(robots.IsAllowed("bot", "/tmp/a"), Is.False);
            Assert.That(robots.CrawlDelay("bot"), Is.EqualTo(TimeSpan.FromSeconds(0.5)));
        }
    }

    [Test]
    public void Paths_and_patterns_compare_in_one_percent_encoding()
    {
        var robots = Parse("User-agent: *\nDisallow: /年报/\nDisallow: /a%2fb\nDisallow: /%7Euser\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(robots.IsAllowed("bot", "/%E5%B9%B4%E6%8A%A5/2023.html"), Is.False);
            Assert.That(robots.IsAllowed("bot", "/a%2Fb"), Is.False);
            Assert.That(robots.IsAllowed("bot", "/a/b"), Is.True, "an escaped slash is not a slash");
            Assert.That(robots.IsAllowed("bot", "/~user/x"), Is.False);
        }
    }

    [Test]
    public void Rules_before_any_user_agent_and_bytes_after_500_kib_are_ignored()
    {
        var tail = new string('#', RobotsRules.ParsedBytes) + "\nUser-agent: *\nDisallow: /late/\n";
        var robots = Parse("Disallow: /early/\nUser-agent: *\nDisallow: /x/\n" + tail);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(robots.IsAllowed("bot", "/early/1"), Is.True);
            Assert.That(robots.IsAllowed("bot", "/x/1"), Is.False);
            Assert.That(robots.IsAllowed("bot", "/late/1"), Is.True);
        }
    }

    [Test]
    public void No_file_allows_all_and_an_unreachable_one_disallows_all()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RobotsRules.AllowAll.IsAllowed("bot", "/anything"), Is.True);
            Assert.That(RobotsRules.DisallowAll.IsAllowed("bot", "/anything"), Is.False);
            Assert.That(RobotsRules.DisallowAll.IsAllowed("bot", "/robots.txt"), Is.True);
        }
    }
}
