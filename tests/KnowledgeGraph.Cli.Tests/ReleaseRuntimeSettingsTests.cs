using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The runtime settings of the Release kg (what its kg.runtimeconfig.json gets and which assemblies are precompiled; README:
/// the Release build and Performance), read from the Cli project as MSBuild evaluates it for Release. Each was measured; a
/// change to one should be a decision with figures, not an accident of an edit.
/// </summary>
public class ReleaseRuntimeSettingsTests
{
    private static readonly Lazy<Task<JsonElement>> Release = new(() => EvaluateAsync("Release"));

    [Fact]
    public async Task The_release_runtime_file_keeps_the_measured_jit_settings()
    {
        var options = RuntimeOptions(await Release.Value);
        Assert.Equal("false", options.GetValueOrDefault("System.Runtime.TieredCompilation.QuickJit"));
        Assert.Equal("false", options.GetValueOrDefault("System.Runtime.TieredPGO"));
    }

    [Fact]
    public async Task The_release_runtime_file_keeps_the_thread_pool_and_file_settings()
    {
        var options = RuntimeOptions(await Release.Value);
        Assert.Equal("0", options.GetValueOrDefault("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"));
        Assert.Equal("true", options.GetValueOrDefault("System.IO.DisableFileLocking"));
    }

    [Fact]
    public async Task The_release_build_precompiles_all_but_the_extractions_assemblies()
    {
        var evaluated = await Release.Value;
        Assert.Equal("true", evaluated.GetProperty("Properties").GetProperty("PublishReadyToRun").GetString());
        var excluded = evaluated.GetProperty("Items").GetProperty("PublishReadyToRunExclude").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["KnowledgeGraph.Extraction.dll", "KnowledgeGraph.Model.dll", "KnowledgeGraph.Morphology.dll"], excluded);
    }

    private static Dictionary<string, string?> RuntimeOptions(JsonElement evaluated) =>
        evaluated.GetProperty("Items").GetProperty("RuntimeHostConfigurationOption").EnumerateArray()
            .ToDictionary(i => i.GetProperty("Identity").GetString()!, i => i.TryGetProperty("Value", out var v) ? v.GetString() : null, StringComparer.Ordinal);

    /// <summary>The Cli project's runtime options, precompilation switch and exclusions as <c>dotnet msbuild</c> evaluates them (no build).</summary>
    private static async Task<JsonElement> EvaluateAsync(string configuration)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in new[]
                 {
                     "msbuild", Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Cli", "KnowledgeGraph.Cli.csproj"), "-nologo",
                     "-p:Configuration=" + configuration, "-getItem:RuntimeHostConfigurationOption", "-getItem:PublishReadyToRunExclude",
                     "-getProperty:PublishReadyToRun",
                 })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(p.ExitCode == 0, await error + await output);
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
