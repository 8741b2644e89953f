package com.procurementrisk.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.List;

/**
 * Completes the OpenAPI description of every operation that needs a signed-in caller: single
 * sign-on's access tokens are accepted wherever personal tokens are, and the refusals are
 * documented once here, alike for every such operation: 401 (nobody, or an unusable token) and
 * 403 (a role that does not allow it).
 */
public class SecuredOperations implements OASFilter {

    static final String PERSONAL_TOKEN = "personalToken";
    static final String IDENTITY_PROVIDER = "identityProvider";

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()
                || security.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
            return operation; // open to anyone
        }
        // Each alternative once (class and method annotations may both name one).
        java.util.Map<java.util.Set<String>, SecurityRequirement> distinct = new java.util.LinkedHashMap<>();
        security.forEach(r -> distinct.putIfAbsent(r.getSchemes().keySet(), r));
        if (distinct.size() < security.size()) {
            operation.setSecurity(new java.util.ArrayList<>(distinct.values()));
            security = operation.getSecurity();
        }
        if (security.stream().anyMatch(r -> r.hasScheme(PERSONAL_TOKEN))
                && security.stream().noneMatch(r -> r.hasScheme(IDENTITY_PROVIDER))) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(IDENTITY_PROVIDER));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("Not signed in: no credentials, or a token that is unknown, "
                    + "revoked, expired or not for this application.")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                            .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
        }
        if (!responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", problem("Signed in, but the caller's role in the workspace does not "
                    + "allow this."));
        }
        return operation;
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
