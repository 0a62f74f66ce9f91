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
    [InlineData("The company's first model, Wren 7B, was released in September.", "Wren 7B")]
    [InlineData("Quorvant released Vireo 8x7B, a mixture-of-experts model.", "Vireo 8x7B")]
    [InlineData("Halvora unsettled markets by releasing its K2 reasoning model.", "K2")]
    [InlineData("Its first models were modest. Kestrel, a Hindi model released in 2023, was built on Llama 2.", "Kestrel")]
    [InlineData("Its agent Marlin and its fast completion model Osprey are sold to banks.", "Osprey")]
    [InlineData("Its newest models, Claude Sonnet 4.5 and Claude Opus 4, are aimed at coders.", "Claude Sonnet 4.5")]
    [InlineData("The two worked together on Mistral Zephyrus, a 12-billion-parameter model.", "Mistral Zephyrus")]
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
