namespace BorderPost.Documents;

/// <summary>Settings under <c>Documents</c>.</summary>
public sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>Initialised Tesseract engines kept ready (each ~30 MB); defaults to the number of cores.</summary>
    public int OcrEngines { get; set; } = Environment.ProcessorCount;

    /// <summary>Tesseract's data folder; null uses the library's default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    public string? TessdataPath { get; set; }

    /// <summary>
    /// The folder shared with senders of <c>CheckDocument</c>: image references are file names inside it, and
    /// nothing outside it is ever read.
    /// </summary>
    public string ImageInbox { get; set; } = "/var/lib/borderpost/document-inbox";

    /// <summary>
    /// A document checked at two posts within this many hours is reported (<c>document.seen_elsewhere</c>): the posts are
    /// hours apart by road, so one of the two is likely a copy.
    /// </summary>
    public double SeenElsewhereWithinHours { get; set; } = 12;

    /// <summary>
    /// The certainty (0–100) every character a contradiction rests on must be read with for the document to be called
    /// fraudulent (<see cref="Reading.VerdictRules.CertainReading"/>; its measured effect is in the README).
    /// </summary>
    public double CertainReading { get; set; } = Reading.VerdictRules.CertainReading;

    /// <summary>
    /// Whether the printed fields are read (Tesseract, French and English) and compared with a certain MRZ
    /// (<c>viz.mismatch</c>); one engine of about 60 MB per OCR engine.
    /// </summary>
    public bool ComparePrintedFields { get; set; } = true;

    /// <summary>
    /// Tesseract's languages for the printed fields (<c>fra+eng</c>; <c>fra</c> alone is a fifth faster and compares a
    /// few real documents fewer: the README has the figures).
    /// </summary>
    public string PrintedFieldLanguages { get; set; } = Reading.VisualZone.PrintedFieldCheck.Languages;

    /// <summary>
    /// Whether a face is looked for where the layout puts the portrait (<c>photo.face_missing</c>) with the face cascade
    /// at <see cref="FaceCascade"/> (Debian's opencv-data by default).
    /// </summary>
    public bool CheckPhoto { get; set; } = true;

    /// <summary>The Haar cascade file for frontal faces; the photo checks are skipped (and logged) when it is missing.</summary>
    public string FaceCascade { get; set; } = Reading.Photo.FaceDetector.DefaultCascade;
}
