using System.Buffers.Binary;
using BorderPost.Documents.Reading;

namespace BorderPost.Documents.Tests;

public sealed class ImageIntakeTests
{
    private static byte[] Jpeg => Sample.All[0].Bytes();

    [Fact]
    public void A_jpeg_is_accepted_and_decoded_to_grayscale()
    {
        var intake = ImageIntake.Accept(Jpeg);

        using var gray = intake.Gray;
        Assert.Null(intake.Rejection);
        Assert.Equal("image/jpeg", intake.Header!.MediaType);
        Assert.Equal(OpenCvSharp.MatType.CV_8UC1, gray!.Type());
    }

    [Fact]
    public void Png_and_tiff_are_accepted()
    {
        using var gray = ImageIntake.Accept(Jpeg).Gray!;
        foreach (var (extension, type) in new[] { (".png", "image/png"), (".tiff", "image/tiff") })
        {
            var intake = ImageIntake.Accept(gray.ImEncode(extension));
            using var decoded = intake.Gray;

            Assert.Null(intake.Rejection);
            Assert.Equal(type, intake.Header!.MediaType);
            Assert.Equal(gray.Size(), decoded!.Size());
        }
    }

    [Fact]
    public void An_empty_upload_is_rejected() => Assert.Equal(ImageRejection.Empty, ImageIntake.Accept([]).Rejection);

    [Fact]
    public void Bytes_that_are_no_image_are_rejected()
    {
        var text = "%this is not a picture, just some text\n"u8.ToArray();

        Assert.Equal(ImageRejection.NotAnImage, ImageIntake.Accept(text).Rejection);
        Assert.Equal(ImageRejection.NotAnImage, ImageIntake.Accept(new byte[4096]).Rejection);
    }

    [Fact]
    public void Other_image_formats_are_unsupported()
    {
        Assert.Equal(ImageRejection.UnsupportedType, ImageIntake.Accept("GIF89a\u0001\0\u0001\0"u8.ToArray()).Rejection);
        Assert.Equal(ImageRejection.UnsupportedType, ImageIntake.Accept("%PDF-1.7\n"u8.ToArray()).Rejection);
    }

    [Fact]
    public void A_truncated_jpeg_is_rejected_before_it_decodes_half_grey()
    {
        var jpeg = Jpeg;

        Assert.Equal(ImageRejection.Truncated, ImageIntake.Accept(jpeg[..(jpeg.Length / 2)]).Rejection);
        Assert.Equal(ImageRejection.NotAnImage, ImageIntake.Accept(jpeg[..3]).Rejection);
    }

    [Fact]
    public void A_file_over_ten_megabytes_is_rejected_without_reading_it()
    {
        var big = new byte[ImageIntake.MaxBytes + 1];
        Jpeg.AsSpan(0, 64).CopyTo(big);

        Assert.Equal(ImageRejection.TooLarge, ImageIntake.Accept(big).Rejection);
    }

    [Fact]
    public void A_decompression_bomb_is_rejected_from_its_header()
    {
        // A valid small PNG whose header claims 50 000 x 50 000 pixels (2.5 gigapixels).
        using var gray = new OpenCvSharp.Mat(8, 8, OpenCvSharp.MatType.CV_8UC1, OpenCvSharp.Scalar.All(0));
        var png = gray.ImEncode(".png");
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 50_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 50_000);

        var intake = ImageIntake.Accept(png);

        Assert.Equal(ImageRejection.TooManyPixels, intake.Rejection);
        Assert.Null(intake.Gray);
    }

    [Fact]
    public void A_damaged_picture_is_rejected_not_thrown()
    {
        var jpeg = Jpeg;
        var damaged = (byte[])jpeg.Clone();
        new Random(3).NextBytes(damaged.AsSpan(200, damaged.Length - 400));

        var intake = ImageIntake.Accept(damaged);

        intake.Gray?.Dispose();
        Assert.True(intake.Rejection is null or ImageRejection.Undecodable or ImageRejection.NotAnImage);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 2048)];
            random.NextBytes(bytes);
            if (i % 3 == 0 && bytes.Length > 4)
            {
                Jpeg.AsSpan(0, 4).CopyTo(bytes); // a JPEG signature on garbage
            }

            var intake = ImageIntake.Accept(bytes);

            intake.Gray?.Dispose();
        }
    }

    [Theory]
    [InlineData(2001, 1)]
    [InlineData(30000, 10)]
    [InlineData(31, 400)]
    [InlineData(4000, 150)]
    public void A_picture_too_small_or_too_narrow_for_a_document_is_rejected(int width, int height)
    {
        using var picture = new OpenCvSharp.Mat(height, width, OpenCvSharp.MatType.CV_8UC1, OpenCvSharp.Scalar.All(128));

        var intake = ImageIntake.Accept(picture.ImEncode(".png"));

        Assert.Equal(ImageRejection.TooSmall, intake.Rejection);
        Assert.Null(intake.Gray);
    }

    [Fact]
    public void A_tiff_whose_first_size_tags_are_huge_is_rejected_whatever_its_later_tags_say()
    {
        // Little-endian TIFF: one directory with ImageWidth and ImageLength twice (32768 first, then 100).
        var tiff = new byte[8 + 2 + 4 * 12 + 4];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 4);
        (ushort Tag, uint Value)[] entries = [(256, 32768), (257, 32768), (256, 100), (257, 100)];
        for (var i = 0; i < entries.Length; i++)
        {
            var at = 10 + i * 12;
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 2), 4); // LONG
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 4), 1);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), entries[i].Value);
        }

        Assert.Equal(ImageRejection.TooManyPixels, ImageIntake.Accept(tiff).Rejection);
    }
}
