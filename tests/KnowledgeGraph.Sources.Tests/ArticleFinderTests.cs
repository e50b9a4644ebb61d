namespace KnowledgeGraph.Sources.Tests;

public sealed class ArticleFinderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string P(string relative) => Path.Combine(_dir.Path, relative);

    [Fact]
    public void Folder_is_searched_recursively_in_ordinal_order_for_article_extensions()
    {
        foreach (var f in new[] { "b.txt", "a.json", "Z.html", "sub/c.htm", "sub/deeper/d.TXT", "notes.md", "image.png", "sub/e.csv" })
        {
            _dir.Write(f, "x");
        }

        var found = ArticleFinder.Expand([_dir.Path]).ToList();

        Assert.All(found, f => Assert.Null(f.Error));
        Assert.Equal(
            [P("Z.html"), P("a.json"), P("b.txt"), P("sub/c.htm"), P("sub/deeper/d.TXT")],
            found.Select(f => f.Path));
    }

    [Fact]
    public void A_file_is_hidden_by_a_dot_part_below_the_folder_only_and_a_neighbour_with_the_same_prefix_is_not_below_it()
    {
        var root = P("inbox");
        Assert.True(ArticleFinder.IsArticleFile(root, P("inbox/a.txt")));
        Assert.True(ArticleFinder.IsArticleFile(root + "/", P("inbox/a.txt")));
        Assert.False(ArticleFinder.IsArticleFile(root, P("inbox/.a.txt")));
        Assert.False(ArticleFinder.IsArticleFile(root, P("inbox/.cache/a.txt")));
        Assert.True(ArticleFinder.IsArticleFile(P(".inbox"), P(".inbox/a.txt")));
        Assert.False(ArticleFinder.IsArticleFile(root, P("inbox2/a.txt"))); // not below the inbox: "../inbox2/a.txt"
        Assert.True(ArticleFinder.IsArticleFile(".", "./a.txt"));
        Assert.False(ArticleFinder.IsArticleFile(".", "./.git/a.txt"));
    }

    [Fact]
    public void Order_is_stable_across_calls()
    {
        foreach (var f in new[] { "3.txt", "1.txt", "2/1.txt", "10.txt" })
        {
            _dir.Write(f, "x");
        }

        var first = ArticleFinder.Expand([_dir.Path]).Select(f => f.Path).ToList();
        var second = ArticleFinder.Expand([_dir.Path]).Select(f => f.Path).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
    }

    [Fact]
    public void Hidden_files_and_files_in_hidden_folders_are_skipped()
    {
        _dir.Write("visible.txt", "x");
        _dir.Write(".hidden.txt", "x");
        _dir.Write(".git/objects/x.txt", "x");
        _dir.Write("sub/.cache/y.json", "x");

        var found = ArticleFinder.Expand([_dir.Path]).Select(f => f.Path).ToList();

        Assert.Equal([P("visible.txt")], found);
    }

    [Fact]
    public void A_hidden_root_given_by_the_user_is_searched()
    {
        _dir.Write(".articles/a.txt", "x");
        Assert.Equal([P(".articles/a.txt")], ArticleFinder.Expand([P(".articles")]).Select(f => f.Path));
    }

    [Fact]
    public void Files_given_by_name_are_taken_whatever_their_extension()
    {
        var md = _dir.Write("notes.md", "x");
        var hidden = _dir.Write(".secret.txt", "x");
        Assert.Equal([(md, (string?)null), (hidden, null)], ArticleFinder.Expand([md, hidden]));
    }

    [Fact]
    public void Missing_path_yields_an_error_entry_and_the_rest_continue()
    {
        var a = _dir.Write("a.txt", "x");
        var b = _dir.Write("d/b.txt", "x");
        var missing = P("missing.txt");

        var found = ArticleFinder.Expand([a, missing, P("d")]).ToList();

        Assert.Equal(3, found.Count);
        Assert.Equal((a, null), found[0]);
        Assert.Equal(missing, found[1].Path);
        Assert.Equal("no such file or directory", found[1].Error);
        Assert.Equal((b, null), found[2]);
    }

    [Fact]
    public void Empty_folder_yields_nothing()
    {
        Directory.CreateDirectory(P("empty"));
        Assert.Empty(ArticleFinder.Expand([P("empty")]));
    }
}

/// <summary>Folders are searched without following symbolic links unless asked; a link loop ends.</summary>
public sealed class ArticleFinderLinkTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TempDir _outside = new();

    public void Dispose()
    {
        _dir.Dispose();
        _outside.Dispose();
    }

    private string P(string relative) => Path.Combine(_dir.Path, relative);

    private void Layout()
    {
        _dir.Write("a.txt", "x");
        _dir.Write("sub/b.txt", "x");
        var secret = _outside.Write("secret.txt", "x");
        File.CreateSymbolicLink(P("sub/link-to-secret.txt"), secret);
        Directory.CreateSymbolicLink(P("sub/loop"), _dir.Path);
        Directory.CreateSymbolicLink(P("elsewhere"), _outside.Path);
    }

    [Fact]
    public void Links_inside_folders_are_skipped_by_default()
    {
        Layout();
        Assert.Equal([P("a.txt"), P("sub/b.txt")], ArticleFinder.Expand([_dir.Path]).Select(f => f.Path));
    }

    [Fact]
    public void Following_links_takes_each_file_once_and_ends_a_loop()
    {
        Layout();
        var found = ArticleFinder.Expand([_dir.Path], followLinks: true).Select(f => f.Path).ToList();
        Assert.Contains(P("a.txt"), found);
        Assert.Contains(P("sub/b.txt"), found);
        Assert.Single(found, f => f.EndsWith("secret.txt", StringComparison.Ordinal));
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void A_link_named_on_the_command_line_is_read()
    {
        Layout();
        Assert.Equal([P("sub/link-to-secret.txt")], ArticleFinder.Expand([P("sub/link-to-secret.txt")]).Select(f => f.Path));
    }
}
