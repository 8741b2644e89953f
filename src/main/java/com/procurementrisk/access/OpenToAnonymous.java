package com.procurementrisk.access;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the questionnaire and unsaved scoring: open to anyone who can reach the application,
 * unless {@code advisor.access.anonymous-scoring=false} keeps them for signed-in users.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OpenToAnonymous {
}
