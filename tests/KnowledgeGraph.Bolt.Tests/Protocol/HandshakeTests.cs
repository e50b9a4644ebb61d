using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Protocol;

public class HandshakeTests
{
    [Fact]
    public void Request_is_magic_then_5_8_down_to_5_0_then_4_4()
    {
        Assert.Equal("6060B017" + "00080805" + "00000404" + "00000000" + "00000000", Convert.ToHexString(Handshake.CreateRequest()));
    }

    [Theory]
    [InlineData("00000405", 5, 4)]
    [InlineData("00000805", 5, 8)]
    [InlineData("00000005", 5, 0)]
    [InlineData("00000404", 4, 4)]
    public void Accepts_the_offered_versions(string reply, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), Handshake.ParseResponse(Convert.FromHexString(reply), "h:1"));

    [Fact]
    public void Http_reply_names_the_bolt_port()
    {
        var error = Assert.Throws<BoltProtocolException>(() => Handshake.ParseResponse("HTTP"u8, "db:7474"));
        Assert.Contains("HTTP port", error.Message, StringComparison.Ordinal);
        Assert.Contains("7687", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_reply_means_no_common_version()
    {
        var error = Assert.Throws<BoltProtocolException>(() => Handshake.ParseResponse(new byte[4], "db:7687"));
        Assert.Contains("none of the offered Bolt versions", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00000305")]
    public void Offered_minor_is_accepted(string reply) =>
        Assert.Equal(new BoltVersion(5, 3), Handshake.ParseResponse(Convert.FromHexString(reply), "h:1"));

    [Theory]
    [InlineData("00000104")]
    [InlineData("00000905")]
    [InlineData("00000006")]
    public void Versions_not_offered_are_rejected(string reply) =>
        Assert.Throws<BoltProtocolException>(() => Handshake.ParseResponse(Convert.FromHexString(reply), "h:1"));
}
