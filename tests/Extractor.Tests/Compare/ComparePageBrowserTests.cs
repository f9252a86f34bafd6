using PuppeteerSharp;

namespace Extractor.Tests.Compare;

/// <summary>
/// compare.html in the system's Chromium, driven through PuppeteerSharp: opened from a file URL with the network off,
/// it draws every chart without a console error, sorts by a column, and shows where a number comes from. Skipped with
/// a message where Chromium is not installed (.ci/run installs it).
/// </summary>
[NonParallelizable]
public sealed class ComparePageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private DistrictComparison _run = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];

    [OneTimeSetUp]
    public async Task Open()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"Chromium is not installed at {Chromium} (apt-get install chromium; .ci/run installs it): the comparison page's browser tests are skipped");
        }

        _run = new DistrictComparison();
        Assert.That(_run.Compare.ExitCode, Is.Zero, _run.Compare.Stderr);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        _page = await _browser.NewPageAsync();
        await _page.SetViewportAsync(new ViewPortOptions { Width = 1400, Height = 1000 });
        await _page.SetOfflineModeAsync(true);
        _page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                _errors.Add(e.Message.Text);
            }
        };
        _page.PageError += (_, e) => _errors.Add(e.Message);
        _page.Request += (_, e) => _requests.Add(e.Request.Url);
        await _page.GoToAsync(new Uri(_run.Page).AbsoluteUri, WaitUntilNavigation.Load);
        await _page.WaitForFunctionAsync("() => window.compareReady === true", new WaitForFunctionOptions { Timeout = 30_000 });
        await _page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('.chart')].every(c => c.dataset.drawn === 'true')",
            new WaitForFunctionOptions { Timeout = 30_000 });
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        _run?.Dispose();
    }

    [Test, Order(1)]
    public void ThePageLoadsFromAFileWithoutTheNetworkAndWithoutAConsoleError()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_errors, Is.Empty);
            Assert.That(_requests, Has.All.StartWith("file:"), "the page fetches nothing");
        }
    }

    [Test, Order(2)]
    public async Task EveryChartDraws()
    {
        var charts = await _page.EvaluateExpressionAsync<int[]>(
            "[...document.querySelectorAll('.chart')].map(c => c.querySelector('canvas') ? echarts.getInstanceByDom(c).getOption().series.reduce((n, s) => n + s.data.filter(d => d.value !== null).length, 0) : -1)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(charts, Has.Length.EqualTo(5), "one chart per headline indicator");
            Assert.That(charts, Has.All.GreaterThan(0), "each chart has a canvas with bars");
        }
    }

    [Test, Order(3)]
    public async Task SortingAColumnReordersTheRows()
    {
        const string Values = "[...document.querySelectorAll('#table tbody td[data-indicator=\"received_new\"]')].map(td => td.dataset.value)";
        const string Agencies = "[...document.querySelectorAll('#table tbody tr')].map(tr => tr.dataset.agency)";
        var before = await _page.EvaluateExpressionAsync<string[]>(Agencies);
        await _page.ClickAsync("th[data-col=\"received_new\"]");
        var descending = (await _page.EvaluateExpressionAsync<string[]>(Values)).Select(decimal.Parse).ToList();
        var afterFirst = await _page.EvaluateExpressionAsync<string[]>(Agencies);
        await _page.ClickAsync("th[data-col=\"received_new\"]");
        var ascending = (await _page.EvaluateExpressionAsync<string[]>(Values)).Select(decimal.Parse).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(descending, Is.Ordered.Descending);
            Assert.That(ascending, Is.Ordered.Ascending);
            Assert.That(afterFirst, Is.Not.EqualTo(before), "the fixture's order is not already sorted");
            Assert.That(await _page.EvaluateExpressionAsync<string>("document.querySelector('th[data-col=\"received_new\"]').getAttribute('aria-sort')"), Is.EqualTo("ascending"));
        }
    }

    [Test, Order(4)]
    public async Task ATracedNumberShowsItsSource()
    {
        const string Cell = "#table tbody tr[data-agency=\"保定市徐水区人民政府\"] td[data-indicator=\"granted_share\"]";
        var hover = await _page.EvaluateExpressionAsync<string>($"document.querySelector('{Cell}').title");
        await _page.ClickAsync(Cell);
        var detail = await _page.EvaluateExpressionAsync<string>("document.getElementById('detail').hidden ? '' : document.getElementById('detail').innerText");
        var locations = await _page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#detail td.location')].map(td => td.textContent)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(hover, Does.Contain("来源：").And.Contain("2023_5_xushui.html"));
            Assert.That(detail, Does.Contain("2023_5_xushui.html").And.Contain("予以公开 ÷ 办理结果总计").And.Contain("applications.granted.total"));
            Assert.That(locations, Has.Length.EqualTo(2).And.All.StartWith("table "), "an HTML report's cells are located by table, row and column");
        }
    }

    [Test, Order(5)]
    public async Task InconsistentAndIncompleteReportsAreMarked()
    {
        var marked = await _page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#table tbody tr.marked')].map(tr => tr.dataset.agency)");
        Assert.That(marked, Is.EquivalentTo(new[] { "保定市竞秀区人民政府", "保定市莲池区人民政府" }));
    }

    [Test, Order(6)]
    public async Task ALinkToANumberOpensItAndABlankCellIsSaidToBeBlank()
    {
        var url = $"{new Uri(_run.Page).AbsoluteUri}#2023/{Uri.EscapeDataString("保定市清苑区人民政府")}/received_carried_over";
        await _page.GoToAsync("about:blank");
        await _page.GoToAsync(url, WaitUntilNavigation.Load);
        await _page.WaitForFunctionAsync("() => window.compareReady === true", new WaitForFunctionOptions { Timeout = 30_000 });
        var detail = await _page.EvaluateExpressionAsync<string>("document.getElementById('detail').hidden ? '' : document.getElementById('detail').innerText");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail, Does.Contain("保定市清苑区人民政府").And.Contain("上年结转申请").And.Contain("空白（空白不按 0 计）"));
            Assert.That(_errors, Is.Empty);
        }
    }

    [Test, Order(7)]
    public async Task TheTestSavesAScreenshot()
    {
        await _page.ClickAsync("#detail-close");
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "compare.png");
        await _page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        TestContext.AddTestAttachment(path, "the comparison page of fixtures/districts");
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(10_000));
    }
}
