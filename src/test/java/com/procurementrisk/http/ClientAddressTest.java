package com.procurementrisk.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which address a request counts as coming from: the one the trusted proxy added (the right-most
 * hop that is not itself a trusted proxy), never one the client wrote into its own header.
 */
class ClientAddressTest {

    /** As deploy/kubernetes/configmap.yaml has it: forwarding on, the ingress' range trusted. */
    private final ClientAddress behindIngress = new ClientAddress(true, false, Optional.of(true),
            Optional.of(List.of("10.42.7.0/24")));

    @Test
    void theAddressTheIngressAppendedCountsNotTheOneTheClientForged() {
        // curl -H 'X-Forwarded-For: 1.2.3.4' through an ingress that appends what it saw
        List<String> hops = ClientAddress.xForwardedFor(List.of("1.2.3.4, 203.0.113.7"));
        assertThat(behindIngress.address("10.42.7.12", hops)).isEqualTo("203.0.113.7");
        // rotating the forged part changes nothing
        assertThat(behindIngress.address("10.42.7.12", ClientAddress.xForwardedFor(List.of("9.9.9.9,203.0.113.7"))))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void trustedProxiesInTheChainAreWalkedPast() {
        List<String> hops = ClientAddress.xForwardedFor(List.of("1.2.3.4, 203.0.113.7", "10.42.7.3"));
        assertThat(behindIngress.address("10.42.7.12", hops)).isEqualTo("203.0.113.7");
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItsHeadersSay() {
        List<String> hops = ClientAddress.xForwardedFor(List.of("203.0.113.7"));
        assertThat(behindIngress.address("198.51.100.20", hops)).isEqualTo("198.51.100.20");
        ClientAddress noForwarding = new ClientAddress(false, false, Optional.empty(), Optional.empty());
        assertThat(noForwarding.address("10.42.7.12", hops)).isEqualTo("10.42.7.12");
    }

    @Test
    void withoutAListOnlyTheDirectPeerIsTakenForAProxy() {
        ClientAddress oneHop = new ClientAddress(true, false, Optional.empty(), Optional.empty());
        assertThat(oneHop.address("10.0.0.1", ClientAddress.xForwardedFor(List.of("1.2.3.4, 203.0.113.7"))))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void withoutAHeaderFromATrustedProxyThePeerCounts() {
        assertThat(behindIngress.address("10.42.7.12", List.of())).isEqualTo("10.42.7.12");
    }

    @Test
    void theForwardedHeaderIsReadTheSameWayWithPortsAndIpv6() {
        ClientAddress forwarded = new ClientAddress(true, true, Optional.of(false), Optional.of(List.of("10.42.7.0/24")));
        List<String> hops = ClientAddress.forwardedFor(
                List.of("for=1.2.3.4;proto=https, for=\"[2001:db8::7]:4711\";proto=https", "for=10.42.7.3:80"));
        assertThat(hops).containsExactly("1.2.3.4", "2001:db8::7", "10.42.7.3");
        assertThat(forwarded.address("10.42.7.12", hops)).isEqualTo("2001:db8::7");
    }
}
