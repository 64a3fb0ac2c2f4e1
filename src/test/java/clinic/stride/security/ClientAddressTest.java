package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = ClientAddress.trusting("127.0.0.1, 10.0.0.5");
    private final ClientAddress direct = ClientAddress.trusting("");

    @Test
    void shouldUseThePeerWhenNoProxyIsTrusted() {
        assertEquals("203.0.113.7", direct.of("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void shouldIgnoreForwardedForWhenThePeerIsNotATrustedProxy() {
        assertEquals("203.0.113.7", behindNginx.of("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void shouldTakeTheRightMostUntrustedAddressWhenTheProxyIsTrusted() {
        // The client claimed 1.2.3.4 itself; nginx appended the address it really saw.
        assertEquals("198.51.100.9", behindNginx.of("127.0.0.1", List.of("1.2.3.4, 198.51.100.9")));
        assertEquals("198.51.100.9", behindNginx.of("127.0.0.1", List.of("198.51.100.9, 10.0.0.5")));
        assertEquals("198.51.100.9", behindNginx.of("127.0.0.1", List.of("1.2.3.4", "198.51.100.9")));
    }

    @Test
    void shouldTrustEveryProxyInANetworkWhenItIsGivenInCidrNotation() {
        ClientAddress inCluster = ClientAddress.trusting("10.0.0.0/8 fd00::/8");
        assertEquals("198.51.100.9", inCluster.of("10.244.3.17", List.of("198.51.100.9")));
        assertEquals("198.51.100.9", inCluster.of("fd00:0:0:0:0:0:0:7", List.of("198.51.100.9")));
        assertEquals("11.0.0.1", inCluster.of("11.0.0.1", List.of("198.51.100.9")), "outside the network: not a proxy");
        assertEquals("10.1.2.3", inCluster.of("10.244.3.17", List.of("10.1.2.3")), "every hop trusted: the farthest one");
        assertEquals("203.0.113.7", ClientAddress.trusting("10.0.0.0/33, nonsense").of("203.0.113.7", List.of("1.2.3.4")));
    }

    @Test
    void shouldFallBackToTheProxyWhenTheForwardedAddressIsMissingOrNotAnAddress() {
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", List.of("evil.example.org")));
        assertEquals("127.0.0.1", behindNginx.of("127.0.0.1", List.of("198.51.100.9, unknown")));
    }

    @Test
    void shouldSpellEachAddressOneWayWhenItIsWrittenInAnother() {
        assertEquals(ClientAddress.normal("::1"), ClientAddress.normal("0:0:0:0:0:0:0:1"));
        assertEquals(ClientAddress.normal("2001:db8::1"), ClientAddress.normal("[2001:DB8:0:0:0:0:0:1]"));
        assertEquals(ClientAddress.normal("fe80::1"), ClientAddress.normal("fe80::1%eth0"));
        assertNull(ClientAddress.normal("localhost"));
        assertNull(ClientAddress.normal("999.1.1.1"));
        assertNull(ClientAddress.normal(null));
    }
}
