using AiDealTracker.Core.Extraction;

namespace AiDealTracker.Core.Tests.Extraction;

public class ModelShapeTests
{
    private static readonly DealExtractor Extractor = DealExtractor.CreateDefault();

    // Name-NNB: a parameter count names a model without the word "model" nearby.
    // A capitalised name right before "model", "LLM" or "language model".
    // Names after "models called/named".
    [Theory]
    [InlineData("Quorvant released Wren-13B under an open licence.", "Wren-13B")]
    [InlineData("The startup trained the Vireo model on rented GPUs.", "Vireo")]
    [InlineData("Halvora said the Kestrel language model speaks Estonian.", "Kestrel")]
    [InlineData("Tessaro shipped two models called Marlin and Osprey.", "Marlin")]
    [InlineData("Tessaro shipped two models called Marlin and Osprey.", "Osprey")]
    public void Extract_FindsUnseenModelShapes(string sentence, string model)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.Contains(doc.Models, m => m.Name == model);
    }

    // Products and ordinary words before "model" are not models.
    [Theory]
    [InlineData("Users can pick the ChatGPT model they prefer.")]
    [InlineData("The model was trained on Azure.")]
    [InlineData("Its Bedrock model catalogue grew.")]
    [InlineData("A new Frontier model is coming.")]
    public void Extract_LeavesOutProductsBeforeModelWord(string sentence)
    {
        var doc = Extractor.Extract(new ExtractionInput(sentence));

        Assert.Empty(doc.Models);
    }
}
