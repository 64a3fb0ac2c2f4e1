package clinic.stride.security;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a sign-in came from, for the lockout by address. Normally the TCP peer. Behind a reverse proxy
 * the peer is the proxy, so every sign-in would share one address and one attacker could lock everyone out:
 * when the peer is one of the configured trusted proxies ({@code STRIDE_TRUSTED_PROXIES}), the client is the
 * right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy (nginx appends the address it
 * saw, so everything left of that is whatever the client claimed). From anyone else the header is ignored.
 */
public final class ClientAddress {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    /** IPv4 or IPv6 literal characters only: a host name here would never be resolved (no DNS on sign-in). */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    /** A trusted proxy: one address, or a network in CIDR notation ("10.0.0.0/8", as in a cluster's pod range). */
    private record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            String[] parts = text.strip().split("/", 2);
            String address = normal(parts[0]);
            if (address == null) {
                return null;
            }
            byte[] bytes = InetAddress.ofLiteral(address).getAddress();
            try {
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
                return prefix < 0 || prefix > bytes.length * 8 ? null : new Network(bytes, prefix);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean contains(String canonical) {
            byte[] other = InetAddress.ofLiteral(canonical).getAddress();
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((other[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Network> trustedProxies;

    private ClientAddress(List<Network> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** Parses "127.0.0.1, 10.0.0.0/8": addresses or CIDR networks, comma- or space-separated; anything else is left out. */
    public static ClientAddress trusting(String list) {
        return new ClientAddress(list == null ? List.of() : Arrays.stream(list.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).map(Network::parse).filter(n -> n != null).toList());
    }

    private boolean trusted(String canonical) {
        return trustedProxies.stream().anyMatch(n -> n.contains(canonical));
    }

    /** The client's address in canonical form, or null if neither the peer nor the header gives a usable one. */
    public String of(String peer, List<String> forwardedFor) {
        String client = normal(peer);
        if (client == null || !trusted(client)) {
            return client;
        }
        // Right to left: the first address a trusted proxy did not add is the client. A malformed entry there
        // means the chain cannot be trusted any further: count the last good address instead.
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normal(hops.get(i));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** The canonical text of an IP literal (one spelling per address, as Java writes it), or null for anything else. */
    static String normal(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        int zone = candidate.indexOf('%');
        if (zone >= 0) {
            candidate = candidate.substring(0, zone);
        }
        if (!LITERAL.matcher(candidate).matches()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(candidate).getHostAddress();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
