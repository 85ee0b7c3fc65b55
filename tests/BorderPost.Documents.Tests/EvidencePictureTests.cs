using BorderPost.Documents.Mrz;
using BorderPost.Documents.Reading;
using BorderPost.Documents.ViewingChecks;
using OpenCvSharp;

namespace BorderPost.Documents.Tests;

public sealed class EvidencePictureTests
{
    [Fact]
    public void The_mrz_is_boxed_in_blue_and_a_critical_region_in_red_on_a_picture_scaled_for_slow_links()
    {
        using var page = new Mat(2400, 3200, MatType.CV_8UC3, Scalar.White);
        var content = page.ImEncode(".png");
        var mrz = new PixelBox(200, 1800, 2800, 400);
        var forged = new PixelBox(400, 400, 600, 200);

        var drawn = EvidencePicture.Draw(content, mrz,
            [new FindingEvidence("mrz.check_digit", MrzSeverity.Critical, forged, 97, 90)]);

        using var picture = Cv2.ImDecode(drawn!, ImreadModes.Color);
        Assert.Equal((EvidencePicture.LongestSide, 1200), (picture.Width, picture.Height));
        var scale = EvidencePicture.LongestSide / 3200.0;
        var blue = picture.At<Vec3b>((int)(mrz.Y * scale) + 1, (int)((mrz.X + mrz.Width / 2) * scale));
        var red = picture.At<Vec3b>((int)((forged.Y + forged.Height / 2) * scale), (int)(forged.X * scale) + 1);
        Assert.True(blue.Item0 > 150 && blue.Item2 < 80, $"MRZ border is {blue}");
        Assert.True(red.Item2 > 150 && red.Item0 < 80, $"forged region border is {red}");
    }

    [Fact]
    public void Bytes_that_are_not_a_picture_draw_nothing() =>
        Assert.Null(EvidencePicture.Draw([1, 2, 3], null, []));
}
