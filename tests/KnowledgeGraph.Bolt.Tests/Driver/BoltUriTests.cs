namespace KnowledgeGraph.Bolt.Tests.Driver;

public class BoltUriTests
{
    [Theory]
    [InlineData("bolt://localhost", "localhost", 7687, false, false, false)]
    [InlineData("bolt://db.example.org:7688", "db.example.org", 7688, false, false, false)]
    [InlineData("bolt+s://db.example.org", "db.example.org", 7687, false, true, false)]
    [InlineData("bolt+ssc://10.0.0.1:9999", "10.0.0.1", 9999, false, true, true)]
    [InlineData("neo4j://cluster", "cluster", 7687, true, false, false)]
    [InlineData("neo4j+s://cluster:7000", "cluster", 7000, true, true, false)]
    [InlineData("NEO4J+SSC://cluster", "cluster", 7687, true, true, true)]
    [InlineData("bolt://[::1]:7690", "::1", 7690, false, false, false)]
    public void Schemes_set_routing_and_encryption(string uri, string host, int port, bool routing, bool encrypted, bool trustAll)
    {
        var parsed = BoltUri.Parse(uri);
        Assert.Equal(new ServerAddress(host, port), parsed.Address);
        Assert.Equal((routing, encrypted, trustAll), (parsed.Routing, parsed.Encrypted, parsed.TrustAllCertificates));
    }

    [Fact]
    public void Neo4j_scheme_keeps_the_routing_context()
    {
        var parsed = BoltUri.Parse("neo4j://cluster:7687?region=eu&policy=fast%20lane");
        Assert.Equal("eu", parsed.RoutingContext["region"]);
        Assert.Equal("fast lane", parsed.RoutingContext["policy"]);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("bolt+x://localhost")]
    [InlineData("localhost:7687")]
    [InlineData("bolt://localhost?region=eu")]
    [InlineData("neo4j://h?address=x")]
    [InlineData("bolt://neo4j:secret@localhost")]
    public void Invalid_uris_are_rejected(string uri) => Assert.Throws<ArgumentException>(() => BoltUri.Parse(uri));

    [Fact]
    public void Credentials_in_the_uri_are_not_echoed()
    {
        var error = Assert.Throws<ArgumentException>(() => BoltUri.Parse("bolt://neo4j:secret@localhost"));
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("host:7000", "host", 7000)]
    [InlineData("host", "host", 7687)]
    [InlineData("[::1]:7001", "::1", 7001)]
    public void Routing_table_addresses(string text, string host, int port) =>
        Assert.Equal(new ServerAddress(host, port), ServerAddress.Parse(text));

    [Fact]
    public void Auth_token_never_shows_the_password()
    {
        var token = AuthTokens.Basic("neo4j", "s3cret-pw");
        Assert.DoesNotContain("s3cret-pw", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("neo4j", token.ToString(), StringComparison.Ordinal);
    }
}
