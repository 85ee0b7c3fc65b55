using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.Documents.Reading.Photo;

namespace BorderPost.Documents.Tests;

/// <summary>A face where the layout puts the portrait, with the face cascade of Debian's opencv-data.</summary>
public sealed class PhotoCheckTests : IClassFixture<PhotoCheckTests.Engines>
{
    public sealed class Engines : IDisposable
    {
        public OcrEnginePool Mrz { get; } = new(1);

        public FaceDetector Faces { get; } = FaceDetector.Open(null)
            ?? throw new InvalidOperationException($"No face cascade at {FaceDetector.DefaultCascade}: deploy/prereqs.sh installs opencv-data");

        public DocumentReader Reader => new(Mrz, photo: new PhotoCheck(Faces));

        public void Dispose()
        {
            Mrz.Dispose();
            Faces.Dispose();
        }
    }

    private static readonly DateOnly CheckDate = new(2026, 11, 23);
    private readonly Engines _engines;

    public PhotoCheckTests(Engines engines) => _engines = engines;

    [Fact]
    public void A_passport_whose_portrait_was_taken_off_is_suspicious_with_the_portraits_place_and_its_genuine_twin_is_clear()
    {
        var forged = Read("Portraits", "0019-passport-scan-photo.jpg");
        var twin = Read("Portraits", "0019-passport-scan.jpg");

        Assert.Equal(Verdict.Suspicious, forged.Verdict);
        var finding = Assert.Single(forged.Findings, f => f.Code == PhotoCheck.FaceMissing);
        Assert.Equal(MrzSeverity.Warning, finding.Severity);
        var evidence = Assert.Single(forged.VisualEvidence!);
        Assert.True(evidence.Region!.X + evidence.Region.Width / 2 < forged.MrzRegion!.X + forged.MrzRegion.Width / 2, "the portrait's place is on the left");
        Assert.True(evidence.Region.Y < forged.MrzRegion.Y, "and above the MRZ");

        Assert.Equal(Verdict.Clear, twin.Verdict);
        Assert.DoesNotContain(twin.Findings, f => f.Code == PhotoCheck.FaceMissing);
    }

    [Theory]
    [InlineData("Portraits", "0002-passport-scan.jpg")]
    [InlineData("Portraits", "0018-passport-scan.jpg")]
    [InlineData("", "0001-idcard-photo.jpg")] // a TD1 card: its portrait is on the other side
    [InlineData("FailureModes", "mrz-crop-only.png")] // the portrait's place is not in the picture
    public void A_face_is_found_where_there_is_one_and_not_looked_for_where_the_layout_has_none(string folder, string file)
    {
        var reading = Read(folder, file);

        Assert.DoesNotContain(reading.Findings, f => f.Code == PhotoCheck.FaceMissing);
    }

    [Fact]
    public void Without_the_cascade_file_the_photo_check_is_off_rather_than_failing()
    {
        Assert.Null(FaceDetector.Open("/nonexistent/haarcascade.xml"));
    }

    private DocumentReading Read(string folder, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", folder, file));
        using var gray = ImageIntake.Accept(bytes).Gray!;
        return _engines.Reader.Read(gray, CheckDate);
    }
}
