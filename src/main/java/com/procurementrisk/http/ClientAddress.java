package com.procurementrisk.http;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client's address, worked out once per request in one place, for the rate limits, sign-in
 * and the audit log ({@link #of(RoutingContext)}).
 *
 * <p>Without a trusted proxy it is the socket's peer. Behind one ({@code quarkus.http.proxy.*}:
 * address forwarding on and the peer in {@code trusted-proxies}) it is the right-most hop of the
 * {@code X-Forwarded-For} (or {@code Forwarded: for=}) chain that is not itself a trusted proxy:
 * each proxy appends the address it saw, so everything left of the last trusted proxy's entry is
 * whatever the client chose to send. Quarkus 3.30's own parser takes the left-most entry, which a
 * client forges at will ({@code X-Forwarded-For: 1.2.3.4} passes through an appending proxy as
 * {@code 1.2.3.4, <client>}); it offers no setting for the right-most, hence this class. With
 * forwarding on and no {@code trusted-proxies} listed, only the direct peer counts as a proxy (one
 * hop), never the whole chain. Entries of {@code trusted-proxies} are addresses or CIDR ranges;
 * host names are not resolved here (list the ingress' addresses).
 */
@ApplicationScoped
public class ClientAddress {

    /** Where the address of the request is kept in its routing context. */
    static final String KEY = ClientAddress.class.getName();

    private final boolean forwarding;
    private final boolean forwarded;
    private final boolean xForwarded;
    private final List<IpSubnetFilterRule> trusted;

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                  boolean forwarding,
                  @ConfigProperty(name = "quarkus.http.proxy.allow-forwarded", defaultValue = "false") boolean forwarded,
                  @ConfigProperty(name = "quarkus.http.proxy.allow-x-forwarded") Optional<Boolean> xForwarded,
                  @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        this.forwarding = forwarding;
        this.forwarded = forwarded;
        // Quarkus' own default: X-Forwarded-* unless Forwarded is allowed.
        this.xForwarded = xForwarded.orElse(!forwarded);
        this.trusted = trusted.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(ClientAddress::rule).flatMap(Optional::stream).toList();
    }

    /**
     * The client's address for this request, as worked out when it arrived; the socket's peer if
     * the request did not pass the router (never a forwarded header unchecked), "unknown" if none.
     */
    public static String of(RoutingContext context) {
        if (context == null) {
            return "unknown";
        }
        String address = context.get(KEY);
        return address != null ? address : peer(context.request());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.put(KEY, address(context.request()));
            context.next();
        });
    }

    /** The address of a request with these headers from this peer. */
    String address(HttpServerRequest request) {
        String peer = peer(request);
        List<String> hops = forwarded && request.headers().contains("Forwarded")
                ? forwardedFor(request.headers().getAll("Forwarded"))
                : xForwarded ? xForwardedFor(request.headers().getAll("X-Forwarded-For")) : List.of();
        return address(peer, hops);
    }

    /** The client's address given the socket's peer and the forwarded chain (left to right). */
    String address(String peer, List<String> hops) {
        InetAddress peerAddress = NetUtil.createInetAddressFromIpAddressString(peer);
        if (!forwarding || peerAddress == null || !isTrusted(peerAddress)) {
            return peer;
        }
        // From the right: the first hop that is not a trusted proxy is the client; only the direct
        // peer counts as a proxy when none are listed.
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            InetAddress hopAddress = NetUtil.createInetAddressFromIpAddressString(hop);
            if (hopAddress == null || trusted.isEmpty() || !isTrusted(hopAddress)) {
                // written by a trusted proxy (everything right of it is one), so not the client's choice
                return hopAddress == null ? cut(hop) : NetUtil.toAddressString(hopAddress);
            }
        }
        // Every hop a trusted proxy (or no header): the left-most one the proxies vouch for.
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(InetAddress address) {
        if (trusted.isEmpty()) {
            return true; // forwarding on without a list: the direct peer is the proxy (one hop)
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** The hops of X-Forwarded-For headers, left (the first proxy's view) to right, without ports. */
    static List<String> xForwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(host(hop));
                }
            }
        }
        return hops;
    }

    /** The {@code for=} hops of Forwarded headers (RFC 7239), left to right, without ports. */
    static List<String> forwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                for (String pair : element.split(";")) {
                    String p = pair.trim();
                    if (p.regionMatches(true, 0, "for=", 0, 4)) {
                        hops.add(host(p.substring(4)));
                    }
                }
            }
        }
        return hops;
    }

    /** The address of one hop: quotes, brackets and a port taken off ("[2001:db8::1]:4711", "1.2.3.4:80"). */
    static String host(String hop) {
        String h = hop.trim();
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
    }

    private static String cut(String hop) {
        return hop.length() <= 64 ? hop : hop.substring(0, 64);
    }

    /** The socket's peer: the connection's own, not the forwarded one Quarkus may have substituted. */
    private static String peer(HttpServerRequest request) {
        SocketAddress address = request.connection() != null ? request.connection().remoteAddress()
                : request.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }

    private static Optional<IpSubnetFilterRule> rule(String entry) {
        int slash = entry.indexOf('/');
        String ip = host(slash < 0 ? entry : entry.substring(0, slash));
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(ip);
        if (address == null) {
            return Optional.empty(); // a host name: not resolved (see the class comment)
        }
        int bits = slash < 0 ? address.getAddress().length * 8 : Integer.parseInt(entry.substring(slash + 1).trim());
        return Optional.of(new IpSubnetFilterRule(address, bits, IpFilterRuleType.ACCEPT));
    }
}
