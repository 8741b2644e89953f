package com.procurementrisk.access;

import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Lets anonymous callers use what is {@link OpenToAnonymous} only while anonymous scoring is allowed. */
@OpenToAnonymous
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class AnonymousScoring {

    private final boolean open;
    private final SecurityIdentity identity;

    AnonymousScoring(AdvisorConfig config, SecurityIdentity identity) {
        this.open = config.access().anonymousScoring();
        this.identity = identity;
    }

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        if (!open && identity.isAnonymous()) {
            throw new SignInRequiredException("Sign in to use the questionnaire and scoring: this installation keeps "
                    + "them for signed-in users.");
        }
        return invocation.proceed();
    }
}
