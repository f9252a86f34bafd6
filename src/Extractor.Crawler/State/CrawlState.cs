using System.Globalization;
using Extractor.Crawler.Discovery;
using Microsoft.Data.Sqlite;

namespace Extractor.Crawler.State;

/// <summary>Raised when the state database cannot be used: not a database, a newer schema, a broken file.</summary>
public sealed class StateCorruptException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The crawl's memory in SQLite: every URL with its last visit and kept copy, the run it belongs to, the frontier of
/// URLs still to visit, parsed reports and robots.txt files. Every visit is committed in one transaction together
/// with the URLs it discovered, so a run killed at any instant resumes with nothing visited twice and nothing lost.
/// </summary>
public sealed class CrawlState : IDisposable
{
    public const string FileName = "crawl.db";

    private const int SchemaVersion = 1;

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private long nextSequence;

    private CrawlState(SqliteConnection connection)
    {
        this.connection = connection;
        nextSequence = Scalar<long>("SELECT COALESCE(MAX(queued_seq), 0) + 1 FROM urls");
    }

    /// <exception cref="StateCorruptException">The file exists but is not a usable state.</exception>
    public static CrawlState Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();

            // WAL with synchronous=NORMAL loses nothing when the process is killed (only a power cut can drop the last
            // commits), and spares an fsync per visit.
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
            var check = (string?)new SqliteCommand("PRAGMA quick_check", connection).ExecuteScalar();
            if (check != "ok")
            {
                throw new StateCorruptException($"state {path} is damaged: {check}");
            }

            Migrate(connection, path);
            return new CrawlState(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StateCorruptException($"state {path} cannot be used: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS runs(
                id INTEGER PRIMARY KEY, signature TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, abandoned INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS urls(
                url TEXT PRIMARY KEY, authority TEXT NOT NULL, referrer TEXT, role TEXT NOT NULL, depth INTEGER NOT NULL,
                agency TEXT, region_code TEXT, level TEXT, years TEXT,
                run_id INTEGER NOT NULL, queued_seq INTEGER NOT NULL, pending INTEGER NOT NULL,
                status TEXT, http_status INTEGER, visit_type TEXT, visit_bytes INTEGER, fetched_at TEXT, note TEXT,
                sha256 TEXT, content_type TEXT, bytes INTEGER, etag TEXT, last_modified TEXT,
                is_document INTEGER NOT NULL DEFAULT 0, parser_version TEXT);
            CREATE INDEX IF NOT EXISTS urls_frontier ON urls(run_id, pending, queued_seq);
            CREATE INDEX IF NOT EXISTS urls_sha ON urls(sha256);
            CREATE TABLE IF NOT EXISTS parses(
                sha256 TEXT NOT NULL, charset TEXT NOT NULL, parser_version TEXT NOT NULL, report TEXT NOT NULL, PRIMARY KEY(sha256, charset));
            CREATE TABLE IF NOT EXISTS robots(authority TEXT PRIMARY KEY, fetched_at TEXT NOT NULL, http_status INTEGER, body BLOB);
            CREATE TABLE IF NOT EXISTS robots_visits(
                run_id INTEGER NOT NULL, url TEXT NOT NULL, authority TEXT NOT NULL, status TEXT NOT NULL, http_status INTEGER,
                content_type TEXT, bytes INTEGER, sha256 TEXT, fetched_at TEXT NOT NULL, note TEXT, PRIMARY KEY(run_id, url));
            """);
        var version = new SqliteCommand("SELECT value FROM meta WHERE key = 'schema'", connection).ExecuteScalar() as string;
        if (version is null)
        {
            Execute(connection, $"INSERT INTO meta(key, value) VALUES('schema', '{SchemaVersion}')");
        }
        else if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new StateCorruptException($"state {path} has schema version {version}; this extractor reads version {SchemaVersion}");
        }
    }

    /// <summary>
    /// Resumes the last run when it was killed before finishing with the same seeds and settings; otherwise starts a new
    /// run (an unfinished run with other seeds is abandoned: its URLs are visited again when found again).
    /// </summary>
    public CrawlRunInfo BeginRun(string signature, DateTimeOffset now)
    {
        lock (gate)
        {
            using var read = Command("SELECT id, signature FROM runs WHERE finished_at IS NULL AND abandoned = 0 ORDER BY id DESC LIMIT 1");
            long? openId = null;
            string? openSignature = null;
            using (var reader = read.ExecuteReader())
            {
                if (reader.Read())
                {
                    openId = reader.GetInt64(0);
                    openSignature = reader.GetString(1);
                }
            }

            if (openId is { } id && openSignature == signature)
            {
                return new CrawlRunInfo(id, Resumed: true);
            }

            using var transaction = connection.BeginTransaction();
            using (var abandon = Command("UPDATE runs SET abandoned = 1 WHERE finished_at IS NULL", transaction))
            {
                abandon.ExecuteNonQuery();
            }

            using (var clear = Command("UPDATE urls SET pending = 0 WHERE pending = 1", transaction))
            {
                clear.ExecuteNonQuery();
            }

            using var insert = Command("INSERT INTO runs(signature, started_at) VALUES(@s, @t) RETURNING id", transaction);
            insert.Parameters.AddWithValue("@s", signature);
            insert.Parameters.AddWithValue("@t", Time(now));
            var newId = (long)insert.ExecuteScalar()!;
            transaction.Commit();
            return new CrawlRunInfo(newId, Resumed: false);
        }
    }

    public void FinishRun(long runId, DateTimeOffset now)
    {
        lock (gate)
        {
            using var command = Command("UPDATE runs SET finished_at = @t WHERE id = @id");
            command.Parameters.AddWithValue("@t", Time(now));
            command.Parameters.AddWithValue("@id", runId);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The run's frontier, in the order the URLs were queued.</summary>
    public IReadOnlyList<QueuedUrl> Pending(long runId)
    {
        lock (gate)
        {
            using var command = Command("""
                SELECT queued_seq, url, authority, role, depth, referrer, agency, region_code, level, years
                FROM urls WHERE run_id = @run AND pending = 1 ORDER BY queued_seq
                """);
            command.Parameters.AddWithValue("@run", runId);
            using var reader = command.ExecuteReader();
            var queued = new List<QueuedUrl>();
            while (reader.Read())
            {
                queued.Add(new QueuedUrl(
                    reader.GetInt64(0),
                    new Uri(reader.GetString(1)),
                    reader.GetString(2),
                    LinkRoleNames.Parse(reader.GetString(3)),
                    reader.GetInt32(4),
                    Text(reader, 5),
                    new SourceInfo(Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9))));
            }

            return queued;
        }
    }

    /// <summary>Queues URLs not yet queued or visited in this run; returns those it queued.</summary>
    public IReadOnlyList<QueuedUrl> Enqueue(long runId, IEnumerable<NewUrl> urls)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            var queued = EnqueueIn(transaction, runId, urls);
            transaction.Commit();
            return queued;
        }
    }

    /// <summary>
    /// Records a visit and queues what it discovered, atomically: killed before this returns, the URL is still pending
    /// and its children unknown; after, both are durable.
    /// </summary>
    public IReadOnlyList<QueuedUrl> Complete(long runId, Visit visit, IEnumerable<NewUrl> discovered, StoredParse? parse)
    {
        ArgumentNullException.ThrowIfNull(visit);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using (var update = Command("""
                UPDATE urls SET pending = 0, run_id = @run, status = @status, http_status = @http, visit_type = @type, visit_bytes = @bytes,
                    fetched_at = @at, note = @note, parser_version = COALESCE(@parser, parser_version)
                WHERE url = @url
                """, transaction))
            {
                update.Parameters.AddWithValue("@run", runId);
                update.Parameters.AddWithValue("@status", visit.Status.ToCsv());
                update.Parameters.AddWithValue("@http", (object?)visit.HttpStatus ?? DBNull.Value);
                update.Parameters.AddWithValue("@type", (object?)visit.ContentType ?? DBNull.Value);
                update.Parameters.AddWithValue("@bytes", (object?)visit.Bytes ?? DBNull.Value);
                update.Parameters.AddWithValue("@at", Time(visit.FetchedAt));
                update.Parameters.AddWithValue("@note", (object?)visit.Note ?? DBNull.Value);
                update.Parameters.AddWithValue("@parser", (object?)visit.ParserVersion ?? DBNull.Value);
                update.Parameters.AddWithValue("@url", visit.Url.AbsoluteUri);
                if (update.ExecuteNonQuery() != 1)
                {
                    throw new InvalidOperationException($"visit of a URL never queued: {visit.Url}");
                }
            }

            if (visit.Content is { } content)
            {
                using var keep = Command("""
                    UPDATE urls SET sha256 = @sha, content_type = @type, bytes = @bytes, etag = @etag, last_modified = @lm, is_document = @doc
                    WHERE url = @url
                    """, transaction);
                keep.Parameters.AddWithValue("@sha", content.Sha256);
                keep.Parameters.AddWithValue("@type", (object?)content.ContentType ?? DBNull.Value);
                keep.Parameters.AddWithValue("@bytes", content.Bytes);
                keep.Parameters.AddWithValue("@etag", (object?)content.ETag ?? DBNull.Value);
                keep.Parameters.AddWithValue("@lm", (object?)content.LastModified ?? DBNull.Value);
                keep.Parameters.AddWithValue("@doc", content.IsDocument ? 1 : 0);
                keep.Parameters.AddWithValue("@url", visit.Url.AbsoluteUri);
                keep.ExecuteNonQuery();
            }

            if (parse is not null)
            {
                SaveParseIn(transaction, parse);
            }

            var queued = EnqueueIn(transaction, runId, discovered);
            transaction.Commit();
            return queued;
        }
    }

    /// <summary>The copy kept from earlier visits, or null for a URL never fetched whole.</summary>
    public KeptContent? Kept(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (gate)
        {
            using var command = Command("SELECT sha256, content_type, bytes, etag, last_modified, is_document FROM urls WHERE url = @url AND sha256 IS NOT NULL");
            command.Parameters.AddWithValue("@url", url.AbsoluteUri);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new KeptContent(reader.GetString(0), Text(reader, 1), reader.GetInt64(2), Text(reader, 3), Text(reader, 4), reader.GetInt64(5) == 1)
                : null;
        }
    }

    /// <summary>Requests already made to a host in this run (for the per-host page limit after a resume).</summary>
    public IReadOnlyDictionary<string, int> VisitedPerHost(long runId)
    {
        lock (gate)
        {
            using var command = Command("SELECT authority, COUNT(*) FROM urls WHERE run_id = @run AND pending = 0 GROUP BY authority");
            command.Parameters.AddWithValue("@run", runId);
            using var reader = command.ExecuteReader();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }

            return counts;
        }
    }

    public StoredParse? Parse(string sha256, string charset)
    {
        lock (gate)
        {
            using var command = Command("SELECT parser_version, report FROM parses WHERE sha256 = @sha AND charset = @charset");
            command.Parameters.AddWithValue("@sha", sha256);
            command.Parameters.AddWithValue("@charset", charset);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new StoredParse(sha256, charset, reader.GetString(0), reader.GetString(1)) : null;
        }
    }

    public void SaveParse(StoredParse parse)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            SaveParseIn(transaction, parse);
            transaction.Commit();
        }
    }

    /// <summary>Marks the URLs holding a document as read by a parser version.</summary>
    public void MarkParsed(string sha256, string parserVersion)
    {
        lock (gate)
        {
            using var command = Command("UPDATE urls SET parser_version = @v WHERE sha256 = @sha");
            command.Parameters.AddWithValue("@v", parserVersion);
            command.Parameters.AddWithValue("@sha", sha256);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The rows of documents.csv: every URL the run visited, ordered by URL.</summary>
    public IReadOnlyList<VisitRow> Visits(long runId)
    {
        lock (gate)
        {
            using var command = Command("""
                SELECT url, referrer, status, http_status, COALESCE(visit_type, content_type), COALESCE(visit_bytes, bytes), sha256, fetched_at, is_document, note, authority
                FROM urls WHERE run_id = @run AND pending = 0 ORDER BY url
                """);
            command.Parameters.AddWithValue("@run", runId);
            return ReadVisitRows(command);
        }
    }

    // Columns: url, referrer, status, http_status, content type, bytes, sha256, fetched_at, is_document, note, authority.
    private static List<VisitRow> ReadVisitRows(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<VisitRow>();
        while (reader.Read())
        {
            rows.Add(new VisitRow(
                reader.GetString(0),
                Text(reader, 1),
                VisitStatusNames.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                Text(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5),
                Text(reader, 6),
                reader.GetString(7),
                reader.GetInt64(8) == 1,
                Text(reader, 9),
                reader.GetString(10)));
        }

        return rows;
    }

    /// <summary>Every URL whose kept copy is a document, over all runs, ordered by URL.</summary>
    public IReadOnlyList<DocumentUrl> Documents()
    {
        lock (gate)
        {
            using var command = Command("""
                SELECT url, sha256, content_type, agency, region_code, level, years
                FROM urls WHERE is_document = 1 AND sha256 IS NOT NULL ORDER BY url
                """);
            using var reader = command.ExecuteReader();
            var rows = new List<DocumentUrl>();
            while (reader.Read())
            {
                rows.Add(new DocumentUrl(
                    reader.GetString(0),
                    reader.GetString(1),
                    Text(reader, 2),
                    new SourceInfo(Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6))));
            }

            return rows;
        }
    }

    /// <summary>A host's robots.txt as last fetched, or null.</summary>
    public (DateTimeOffset FetchedAt, int? Status, byte[]? Body)? Robots(string authority)
    {
        lock (gate)
        {
            using var command = Command("SELECT fetched_at, http_status, body FROM robots WHERE authority = @a");
            command.Parameters.AddWithValue("@a", authority);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return (
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : reader.GetInt32(1),
                reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2));
        }
    }

    public void SaveRobots(string authority, DateTimeOffset fetchedAt, int? status, byte[]? body)
    {
        lock (gate)
        {
            using var command = Command("""
                INSERT INTO robots(authority, fetched_at, http_status, body) VALUES(@a, @t, @s, @b)
                ON CONFLICT(authority) DO UPDATE SET fetched_at = excluded.fetched_at, http_status = excluded.http_status, body = excluded.body
                """);
            command.Parameters.AddWithValue("@a", authority);
            command.Parameters.AddWithValue("@t", Time(fetchedAt));
            command.Parameters.AddWithValue("@s", (object?)status ?? DBNull.Value);
            command.Parameters.AddWithValue("@b", (object?)body ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Records a fetch of robots.txt in this run, for documents.csv. Its rules are kept by <see cref="SaveRobots"/>;
    /// robots.txt is not a queued URL, so it has rows of its own.
    /// </summary>
    public void RecordRobotsVisit(long runId, Visit visit, string? sha256)
    {
        ArgumentNullException.ThrowIfNull(visit);
        lock (gate)
        {
            using var command = Command("""
                INSERT INTO robots_visits(run_id, url, authority, status, http_status, content_type, bytes, sha256, fetched_at, note)
                VALUES(@run, @url, @authority, @status, @http, @type, @bytes, @sha, @at, @note)
                ON CONFLICT(run_id, url) DO UPDATE SET status = excluded.status, http_status = excluded.http_status,
                    content_type = excluded.content_type, bytes = excluded.bytes, sha256 = excluded.sha256,
                    fetched_at = excluded.fetched_at, note = excluded.note
                """);
            command.Parameters.AddWithValue("@run", runId);
            command.Parameters.AddWithValue("@url", visit.Url.AbsoluteUri);
            command.Parameters.AddWithValue("@authority", visit.Url.Authority.ToLowerInvariant());
            command.Parameters.AddWithValue("@status", visit.Status.ToCsv());
            command.Parameters.AddWithValue("@http", (object?)visit.HttpStatus ?? DBNull.Value);
            command.Parameters.AddWithValue("@type", (object?)visit.ContentType ?? DBNull.Value);
            command.Parameters.AddWithValue("@bytes", (object?)visit.Bytes ?? DBNull.Value);
            command.Parameters.AddWithValue("@sha", (object?)sha256 ?? DBNull.Value);
            command.Parameters.AddWithValue("@at", Time(visit.FetchedAt));
            command.Parameters.AddWithValue("@note", (object?)visit.Note ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>This run's fetches of robots.txt, ordered by URL, as rows of the same shape as <see cref="Visits"/>.</summary>
    public IReadOnlyList<VisitRow> RobotsVisits(long runId)
    {
        lock (gate)
        {
            using var command = Command("""
                SELECT url, NULL, status, http_status, content_type, bytes, sha256, fetched_at, 0, note, authority
                FROM robots_visits WHERE run_id = @run ORDER BY url
                """);
            command.Parameters.AddWithValue("@run", runId);
            return ReadVisitRows(command);
        }
    }

    public void Dispose() => connection.Dispose();

    private List<QueuedUrl> EnqueueIn(SqliteTransaction transaction, long runId, IEnumerable<NewUrl> urls)
    {
        var queued = new List<QueuedUrl>();

        // A URL already queued or visited in this run is left alone; one known from an earlier run is queued again,
        // keeping its kept copy for a conditional request.
        using var upsert = Command("""
            INSERT INTO urls(url, authority, referrer, role, depth, agency, region_code, level, years, run_id, queued_seq, pending)
            VALUES(@url, @authority, @referrer, @role, @depth, @agency, @region, @level, @years, @run, @seq, 1)
            ON CONFLICT(url) DO UPDATE SET authority = excluded.authority, referrer = excluded.referrer, role = excluded.role,
                depth = excluded.depth, agency = excluded.agency, region_code = excluded.region_code, level = excluded.level,
                years = excluded.years, run_id = excluded.run_id, queued_seq = excluded.queued_seq, pending = 1
            WHERE urls.run_id <> excluded.run_id
            """, transaction);
        foreach (var url in urls)
        {
            var authority = UrlCanonicalizer.Authority(url.Url);
            var sequence = nextSequence;
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("@url", url.Url.AbsoluteUri);
            upsert.Parameters.AddWithValue("@authority", authority);
            upsert.Parameters.AddWithValue("@referrer", (object?)url.Referrer ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@role", url.Role.ToText());
            upsert.Parameters.AddWithValue("@depth", url.Depth);
            upsert.Parameters.AddWithValue("@agency", (object?)url.Source.Agency ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@region", (object?)url.Source.RegionCode ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@level", (object?)url.Source.Level ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@years", (object?)url.Source.Years ?? DBNull.Value);
            upsert.Parameters.AddWithValue("@run", runId);
            upsert.Parameters.AddWithValue("@seq", sequence);
            if (upsert.ExecuteNonQuery() == 1)
            {
                nextSequence++;
                queued.Add(new QueuedUrl(sequence, url.Url, authority, url.Role, url.Depth, url.Referrer, url.Source));
            }
        }

        return queued;
    }

    private void SaveParseIn(SqliteTransaction transaction, StoredParse parse)
    {
        using var command = Command("""
            INSERT INTO parses(sha256, charset, parser_version, report) VALUES(@sha, @charset, @v, @r)
            ON CONFLICT(sha256, charset) DO UPDATE SET parser_version = excluded.parser_version, report = excluded.report
            """, transaction);
        command.Parameters.AddWithValue("@sha", parse.Sha256);
        command.Parameters.AddWithValue("@charset", parse.Charset);
        command.Parameters.AddWithValue("@v", parse.ParserVersion);
        command.Parameters.AddWithValue("@r", parse.ReportJson);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null) =>
        new(sql, connection, transaction);

    private T Scalar<T>(string sql)
    {
        using var command = Command(sql);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>A parsed report as kept: by the document's hash and the charset it was read with.</summary>
public sealed record StoredParse(string Sha256, string Charset, string ParserVersion, string ReportJson);
