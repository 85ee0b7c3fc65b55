namespace BorderPost.Web.Ui;

/// <summary>
/// Names the console's texts for <c>IStringLocalizer&lt;ConsoleTexts&gt;</c>: <c>Resources/Ui/ConsoleTexts.resx</c> in
/// French (the default), <c>.ht.resx</c> in Haitian Creole and <c>.en.resx</c> in English, one key per label or message.
/// </summary>
public sealed class ConsoleTexts
{
    private ConsoleTexts()
    {
    }
}
