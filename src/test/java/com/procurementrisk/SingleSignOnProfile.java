package com.procurementrisk;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The application with single sign-on at the test realm of a real Keycloak ({@link KeycloakServer}):
 * roles from the realm roles, workspaces from the groups under {@code /workspaces/}.
 */
public class SingleSignOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "advisor.access.oidc.enabled", "true",
                "quarkus.oidc.client-id", "advisor-app",
                "quarkus.oidc.credentials.secret", "secret",
                "quarkus.oidc.token.audience", "advisor-app",
                "quarkus.oidc.token-state-manager.encryption-secret", "test-only-sso-session-key-0123456789abcdef");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}
