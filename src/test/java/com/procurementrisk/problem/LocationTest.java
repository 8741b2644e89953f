package com.procurementrisk.problem;

import com.procurementrisk.config.AdvisorConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A Location made from the request's Host header is moved to the public address, or made relative. */
class LocationTest {

    private static HttpEdgeFailures edge(String publicUrl) {
        AdvisorConfig config = (AdvisorConfig) Proxy.newProxyInstance(AdvisorConfig.class.getClassLoader(),
                new Class<?>[]{AdvisorConfig.class}, (proxy, method, args) -> method.getName().equals("publicUrl")
                        ? Optional.ofNullable(publicUrl) : null);
        return new HttpEdgeFailures(null, null, config);
    }

    @Test
    void aLocationOnTheRequestedHostGoesToThePublicAddress() {
        assertThat(edge("https://advisor.example.com/").location("http://evil.example/api/v1/assessments/1?x=y#z",
                "evil.example")).isEqualTo("https://advisor.example.com/api/v1/assessments/1?x=y#z");
    }

    @Test
    void withoutAPublicAddressItBecomesRelative() {
        assertThat(edge(null).location("http://evil.example:8080/sign-in", "evil.example:8080")).isEqualTo("/sign-in");
        assertThat(edge(null).location("http://evil.example", "evil.example")).isEqualTo("/");
    }

    @Test
    void otherLocationsAreKept() {
        // The identity provider's sign-in page, and addresses that are relative already.
        assertThat(edge(null).location("https://sso.example.com/auth?client_id=a", "evil.example"))
                .isEqualTo("https://sso.example.com/auth?client_id=a");
        assertThat(edge("https://advisor.example.com").location("/assessments/1", "evil.example"))
                .isEqualTo("/assessments/1");
    }
}
