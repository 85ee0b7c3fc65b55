using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.Recognition;

/// <summary>
/// One text line as the recogniser read it: its characters, for each how sure the network was (0–1), and the
/// network's second choice for it with that choice's probability.
/// </summary>
public sealed record RecognisedLine(string Text, IReadOnlyList<float> Certainties, IReadOnlyList<(char Character, float Probability)> SecondChoices)
{
    public static RecognisedLine Empty { get; } = new("", [], []);
}

/// <summary>
/// Reads one MRZ text line with a small convolutional network trained with CTC on many OCR-B renderings
/// (<c>tests/BorderPost.Documents.Recogniser</c>; the model is embedded). The line is scaled to 32 px high, its levels
/// stretched, and the network gives a class distribution every 4 px; the best path, with blanks and repeats removed, is
/// the text. A character's certainty is the highest probability the network gave it over the steps that read it.
/// One instance serves all threads (ONNX Runtime sessions are thread-safe); each read uses one core.
/// </summary>
public sealed class LineRecogniser : IDisposable
{
    public const int Height = 32;
    private const int Step = 4;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
    private const string ResourceName = "BorderPost.Documents.Recognition.mrz-line.onnx";

    private static readonly Lazy<LineRecogniser> SharedInstance = new(() => new LineRecogniser(LoadModel()));

    private readonly InferenceSession session;

    private LineRecogniser(byte[] model)
    {
        using var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        session = new InferenceSession(model, options);
    }

    public static LineRecogniser Shared => SharedInstance.Value;

    /// <param name="line">A crop of one text line, 8-bit gray, dark ink on light paper, a little margin around the text.</param>
    public RecognisedLine Read(Mat line)
    {
        if (line.Empty() || line.Height < 4 || line.Width < 8)
        {
            return RecognisedLine.Empty;
        }
        var input = Prepare(line);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("image", input)]);
        var logits = results[0].AsTensor<float>();
        return Decode(logits);
    }

    private static DenseTensor<float> Prepare(Mat line)
    {
        var width = Math.Max(8, (int)Math.Round(line.Width * (double)Height / line.Height));
        using var resized = new Mat();
        Cv2.Resize(line, resized, new Size(width, Height), 0, 0, line.Height > Height ? InterpolationFlags.Area : InterpolationFlags.Cubic);
        resized.GetArray(out byte[] pixels);
        var (low, high) = Levels(pixels);
        var padded = (width + Step - 1) / Step * Step;
        var tensor = new DenseTensor<float>([1, 1, Height, padded]);
        var span = tensor.Buffer.Span;
        span.Fill(1f);
        var range = Math.Max(1f, high - low);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                span[y * padded + x] = Math.Clamp((pixels[y * width + x] - low) / range, 0f, 1f);
            }
        }
        return tensor;
    }

    // The 2nd and 98th percentiles: ink and paper, whatever the lighting and contrast.
    private static (float Low, float High) Levels(byte[] pixels)
    {
        Span<int> histogram = stackalloc int[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }
        return (Percentile(histogram, pixels.Length * 0.02), Percentile(histogram, pixels.Length * 0.98));
    }

    private static float Percentile(Span<int> histogram, double rank)
    {
        var seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen > rank)
            {
                return v;
            }
        }
        return 255;
    }

    private static RecognisedLine Decode(Tensor<float> logits)
    {
        var steps = logits.Dimensions[1];
        var classes = logits.Dimensions[2];
        var text = new List<char>();
        var certainties = new List<float>();
        var seconds = new List<(char, float)>();
        var previous = 0;
        for (var t = 0; t < steps; t++)
        {
            var (best, probability, second, secondProbability) = Best(logits, t, classes);
            var alternative = (second == 0 ? '<' : Alphabet[second - 1], second == 0 ? 0f : secondProbability);
            if (best != 0 && best != previous)
            {
                text.Add(Alphabet[best - 1]);
                certainties.Add(probability);
                seconds.Add(alternative);
            }
            else if (best != 0 && best == previous && probability > certainties[^1])
            {
                certainties[^1] = probability;
                seconds[^1] = alternative;
            }
            previous = best;
        }
        return new RecognisedLine(new string([.. text]), certainties, seconds);
    }

    // The two most probable classes at one step (blank excluded from the second) and their softmax probabilities.
    private static (int Class, float Probability, int Second, float SecondProbability) Best(Tensor<float> logits, int t, int classes)
    {
        var (best, second) = (0, 0);
        var (max, next) = (float.NegativeInfinity, float.NegativeInfinity);
        for (var c = 0; c < classes; c++)
        {
            var value = logits[0, t, c];
            if (value > max)
            {
                if (best != 0)
                {
                    (second, next) = (best, max);
                }
                (best, max) = (c, value);
            }
            else if (c != 0 && value > next)
            {
                (second, next) = (c, value);
            }
        }
        double sum = 0;
        for (var c = 0; c < classes; c++)
        {
            sum += Math.Exp(logits[0, t, c] - max);
        }
        return (best, (float)(1 / sum), second, (float)(Math.Exp(next - max) / sum));
    }

    private static byte[] LoadModel()
    {
        using var stream = typeof(LineRecogniser).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded model {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => session.Dispose();
}
