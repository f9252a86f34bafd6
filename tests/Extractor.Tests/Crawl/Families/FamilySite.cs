using System.Text;
using Extractor.Readers.Text;

namespace Extractor.Tests.Crawl.Families;

/// <summary>What one request asked: method, path, query and (for a POST) form fields; Host is the authority asked for.</summary>
public sealed record FamilyRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Form, string Host)
{
    public string Param(string name) => Form.TryGetValue(name, out var f) ? f : Query.GetValueOrDefault(name, string.Empty);
}

/// <summary>A response body and its type.</summary>
public sealed record FamilyAnswer(string ContentType, byte[] Body)
{
    public static FamilyAnswer Html(string html) => new("text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public static FamilyAnswer Gbk(string html) => new("text/html; charset=GBK", TextDecoder.Gb18030.GetBytes(html));

    public static FamilyAnswer Xml(string xml) => new("text/xml; charset=UTF-8", Encoding.UTF8.GetBytes(xml));

    public static FamilyAnswer Json(string json) => new("application/json; charset=utf-8", Encoding.UTF8.GetBytes(json));

    public static FamilyAnswer Pdf(string text) => new("application/pdf", Site.TinyPdf.Make(text));

    /// <summary>A legacy Word file's header and a little body: enough to be fetched and recognised as .doc.</summary>
    public static FamilyAnswer Doc(string text)
    {
        var body = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(body, 0);
        Encoding.ASCII.GetBytes(text).CopyTo(body, 512);
        return new("application/msword", body);
    }
}

/// <summary>An item of a listing: the report's page (or file) and its title as the listing prints it.</summary>
public sealed record ListedReport(string Path, string Title);

/// <summary>
/// One imitation of a CMS family's 年报 column, served by <see cref="FamilyPortal"/>: its pages are made on each
/// request from its items, so <see cref="AddNewReport"/> changes every listing the way a real night does.
/// </summary>
public abstract class FamilySite
{
    /// <summary>Where a crawl starts.</summary>
    public abstract string SeedPath { get; }

    public virtual string Robots => "User-agent: *\nDisallow: /private/\n";

    /// <summary>The documents a full crawl must find (report pages that hold a report, and attachments), by path and query.</summary>
    public abstract IReadOnlyList<string> Documents { get; }

    /// <summary>The documents of the report added by <see cref="AddNewReport"/>, once added.</summary>
    public abstract IReadOnlyList<string> NewDocuments { get; }

    /// <summary>Puts a new report at the top of each of the site's listings.</summary>
    public abstract void AddNewReport();

    public abstract FamilyAnswer? Answer(FamilyRequest request);
}
