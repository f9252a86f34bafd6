using Extractor.Core.Schema;

namespace Extractor.Core.Recognition;

/// <summary>The tokens the walker gathered for one template row: its label and the cells that followed it.</summary>
public sealed class RowCapture(TableSchema table, RowSchema row, Token label)
{
    public TableSchema Table { get; } = table;

    public RowSchema Row { get; } = row;

    public Token Label { get; } = label;

    /// <summary>Value cells, and text cells printed on the label's own line (text where a number belongs).</summary>
    public List<Token> Cells { get; } = [];

    /// <summary>Non-blank cells taken so far, kept as they come so that a hostile row of 40,000 cells stays linear.</summary>
    public int FilledCells { get; private set; }

    /// <summary>A printed row is never longer than this; a longer one is not a template row.</summary>
    public const int MaxCells = 64;

    public bool Take(Token token)
    {
        if (Cells.Count >= MaxCells)
        {
            return false;
        }

        Cells.Add(token);
        FilledCells += token.IsBlank ? 0 : 1;
        return true;
    }

    /// <summary>A number glued to the end of the label ("（一）予以公开8"): maybe the first value, maybe a stray.</summary>
    public string? GluedNumber { get; init; }

    /// <summary>Text that followed the label on other lines before any value (a label broken over two lines).</summary>
    public List<Token> Continuation { get; } = [];

    public bool HasCellsOnLabelLine => Cells.Count > 0 && (Cells[0].Line == Label.Line || Cells[^1].Line == Label.Line);

    public int Width => Row.Columns.Count;
}
