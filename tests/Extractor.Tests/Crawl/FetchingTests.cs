using System.Diagnostics;
using System.Net;
using System.Text;
using Extractor.Crawler.Fetching;
using Extractor.Crawler.Politeness;

namespace Extractor.Tests.Crawl;

public sealed class FetchingTests
{
    [TestCase("127.0.0.1", true)]
    [TestCase("127.8.9.10", true)]
    [TestCase("10.1.2.3", true)]
    [TestCase("172.16.0.1", true)]
    [TestCase("172.32.0.1", false)]
    [TestCase("192.168.1.1", true)]
    [TestCase("169.254.169.254", true)]
    [TestCase("100.64.0.1", true)]
    [TestCase("0.0.0.0", true)]
    [TestCase("::1", true)]
    [TestCase("fe80::1", true)]
    [TestCase("fd00::1", true)]
    [TestCase("::ffff:10.0.0.1", true)]
    [TestCase("202.108.22.5", false)]
    [TestCase("2400:da00::6666", false)]
    public void Private_loopback_and_link_local_addresses_are_told(string address, bool isPrivate) =>
        Assert.That(AddressGuard.IsPrivate(IPAddress.Parse(address)), Is.EqualTo(isPrivate));

    [Test]
    public async Task The_guard_refuses_private_hosts_but_those_of_seeds()
    {
        var guard = new AddressGuard(allowAll: false, ["127.0.0.1"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await guard.CheckAsync("127.0.0.1", CancellationToken.None), Is.Null);
            Assert.That(await guard.CheckAsync("10.0.0.8", CancellationToken.None), Does.Contain("private"));
            Assert.That(await guard.CheckAsync("localhost", CancellationToken.None), Does.Contain("private"));
            Assert.That(await new AddressGuard(allowAll: true, []).CheckAsync("10.0.0.8", CancellationToken.None), Is.Null);
        }
    }

    [TestCase("%PDF-1.7\n", "x.html", ContentKind.Pdf)]
    [TestCase("PK\u0003\u0004", "x.html", ContentKind.OfficeZip)]
    [TestCase("<!DOCTYPE html><html>", "x.pdf", ContentKind.Html)]
    [TestCase("\u0089PNG\r\n", "x.pdf", ContentKind.Image)]
    [TestCase("一、总体情况\n", "x.bin", ContentKind.Text)]
    public void Bytes_decide_the_kind_whatever_the_name_or_type_says(string head, string url, ContentKind kind) =>
        Assert.That(ContentSniffer.Sniff(head.All(c => c < 256) ? Encoding.Latin1.GetBytes(head) : Encoding.UTF8.GetBytes(head), url), Is.EqualTo(kind));

    [Test]
    public void Ole2_and_binary_junk_are_told_apart()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContentSniffer.Sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "x"), Is.EqualTo(ContentKind.OfficeLegacy));
            Assert.That(ContentSniffer.Sniff([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0], "x"), Is.EqualTo(ContentKind.OtherBinary));
        }
    }

    [Test]
    public void Challenge_pages_are_told_from_content()
    {
        var challenge = "<html><head><script>document.cookie='__jsluid_s=1';location.href=location.href;</script></head><body></body></html>";
        var article = "<html><body><script>document.cookie='a=1';window.location.hash='x'</script><p>" + new string('字', 400) + "</p></body></html>";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(BlockPageDetector.ChallengeIn(Encoding.UTF8.GetBytes(challenge)), Does.Contain("cookie challenge"));
            Assert.That(BlockPageDetector.ChallengeIn(Encoding.UTF8.GetBytes(article)), Is.Null);
            Assert.That(BlockPageDetector.IsBlockStatus(412), Is.True);
            Assert.That(BlockPageDetector.IsBlockStatus(404), Is.False);
        }
    }

    [Test]
    public async Task A_gate_keeps_one_request_in_flight_and_the_gap_between_them()
    {
        var gate = new HostGate(1, TimeSpan.FromMilliseconds(40), jitter: 0.2);
        var spans = new List<(long Start, long End)>();
        await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var turn = await gate.EnterAsync(CancellationToken.None);
            var start = Stopwatch.GetTimestamp();
            await Task.Delay(5);
            lock (spans)
            {
                spans.Add((start, Stopwatch.GetTimestamp()));
            }
        }));

        var ordered = spans.OrderBy(s => s.Start).ToList();
        var gaps = ordered.Zip(ordered.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.End, b.Start)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(39)));
            Assert.That(gaps.Max(), Is.LessThan(TimeSpan.FromMilliseconds(300)));
        }
    }

    [Test]
    public void A_crawl_delay_raises_the_gap_already_running()
    {
        var gate = new HostGate(1, TimeSpan.FromMilliseconds(10), jitter: 0);
        gate.EnterAsync(CancellationToken.None).AsTask().Result.Dispose();
        gate.RaiseDelay(TimeSpan.FromSeconds(5));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(gate.ReadyIn(), Is.GreaterThan(TimeSpan.FromSeconds(4)));
            Assert.That(gate.Delay, Is.EqualTo(TimeSpan.FromSeconds(5)));
        }
    }
}
