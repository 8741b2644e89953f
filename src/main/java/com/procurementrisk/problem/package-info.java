/**
 * Problems, for both edges: {@link com.procurementrisk.problem.ProblemDetail} (RFC 9457),
 * {@link com.procurementrisk.problem.ProblemMapper}, which turns the services' exceptions and
 * the framework's failures into problems, and
 * {@link com.procurementrisk.problem.ProblemResponses}, which answers a problem as
 * {@code application/problem+json} or, for a browser, as the error page.
 */
package com.procurementrisk.problem;
