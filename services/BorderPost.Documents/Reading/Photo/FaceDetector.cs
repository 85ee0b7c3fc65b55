using System.Collections.Concurrent;
using OpenCvSharp;

namespace BorderPost.Documents.Reading.Photo;

/// <summary>
/// Finds frontal faces with OpenCV's Haar cascades from Debian's <c>opencv-data</c> package: the default cascade, then
/// the "alt2" one beside it when the first finds none (they miss different faces). A classifier is not safe to share
/// between threads, so each reading borrows a pair from a small pool.
/// </summary>
public sealed class FaceDetector : IDisposable
{
    /// <summary>Where Debian's opencv-data puts the frontal-face cascade.</summary>
    public const string DefaultCascade = "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

    /// <summary>How many overlapping detections make a face (OpenCV's default is 3).</summary>
    private const int MinNeighbours = 3;

    private readonly string[] _cascades;
    private readonly ConcurrentBag<CascadeClassifier[]> _idle = [];

    private FaceDetector(string[] cascades) => _cascades = cascades;

    /// <summary>The detector, or null when the cascade file is not installed (the photo checks are then not run).</summary>
    public static FaceDetector? Open(string? cascade)
    {
        var path = string.IsNullOrWhiteSpace(cascade) ? DefaultCascade : cascade;
        if (!File.Exists(path))
        {
            return null;
        }
        var second = Path.Combine(Path.GetDirectoryName(path)!, "haarcascade_frontalface_alt2.xml");
        return new FaceDetector(File.Exists(second) && second != path ? [path, second] : [path]);
    }

    /// <summary>The faces in a grey picture, largest first; <paramref name="minSide"/> is the smallest face in pixels.</summary>
    public IReadOnlyList<Rect> Find(Mat gray, int minSide)
    {
        if (!_idle.TryTake(out var classifiers))
        {
            classifiers = [.. _cascades.Select(c => new CascadeClassifier(c))];
        }
        try
        {
            using var equalised = new Mat();
            Cv2.EqualizeHist(gray, equalised);
            foreach (var classifier in classifiers)
            {
                var found = classifier.DetectMultiScale(equalised, 1.1, MinNeighbours, HaarDetectionTypes.ScaleImage, new Size(minSide, minSide));
                if (found.Length > 0)
                {
                    return [.. found.OrderByDescending(r => r.Width * r.Height)];
                }
            }
            return [];
        }
        finally
        {
            _idle.Add(classifiers);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var classifiers))
        {
            foreach (var classifier in classifiers)
            {
                classifier.Dispose();
            }
        }
    }
}
