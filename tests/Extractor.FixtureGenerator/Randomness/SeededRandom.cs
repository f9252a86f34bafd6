using System.Text;

namespace Extractor.FixtureGenerator.Randomness;

/// <summary>
/// SplitMix64. System.Random's seeded sequence is an implementation detail of the runtime, and the fixtures must
/// come out byte-identical on every machine and every future SDK, so the generator carries its own.
/// </summary>
public sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>
    /// A generator seeded from a fixture's name, so that adding, removing or reordering fixtures never changes
    /// the values of the others.
    /// </summary>
    public static SeededRandom ForName(string name)
    {
        // FNV-1a over UTF-8: stable, unlike string.GetHashCode which is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return new SeededRandom(hash);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextULong() % (ulong)maxExclusive);
    }

    /// <summary>A number in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with the given chance in percent; whole percents keep the draw free of floating point.</summary>
    public bool Percent(int chance) => Next(100) < chance;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        for (var i = 0; i < count; i++)
        {
            bytes[i] = (byte)NextULong();
        }

        return bytes;
    }

    /// <summary>
    /// A small count the way real reports have them: mostly zero, sometimes a few, rarely up to <paramref name="max"/>.
    /// </summary>
    public int SmallCount(int max, int zeroPercent = 60)
    {
        if (max <= 0 || Percent(zeroPercent))
        {
            return 0;
        }

        // Squaring a uniform draw skews towards the low end, like real counts.
        var u = Next(1000);
        return 1 + (int)((long)u * u * max / 1_000_000);
    }
}
