package com.procurementrisk.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compression by the type of what is actually sent. Quarkus marks every response
 * {@code Content-Encoding: identity} (not to be compressed) and lifts the mark for a REST
 * method whose declared type is in {@code quarkus.http.compress-media-types}; an answer that
 * does not come from such a method — a problem from an exception mapper
 * ({@code application/problem+json} from a method that produces JSON), an answer of the HTTP
 * server's own routes — kept the mark and went out uncompressed. This lifts it, just before the
 * headers go out, for every response whose {@code Content-Type} is in that list; the client's
 * {@code Accept-Encoding} still decides whether anything is compressed.
 */
@ApplicationScoped
public class CompressedByType {

    private final Set<String> types;
    private final boolean enabled;

    CompressedByType(@ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean enabled,
                     @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> types) {
        this.enabled = enabled;
        this.types = Set.copyOf(types);
    }

    void install(@Observes @Priority(2) Router router) {
        if (!enabled) {
            return;
        }
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                var headers = ctx.response().headers();
                if (HttpHeaders.IDENTITY.toString().equals(headers.get(HttpHeaders.CONTENT_ENCODING))
                        && compressible(headers.get(HttpHeaders.CONTENT_TYPE))) {
                    headers.remove(HttpHeaders.CONTENT_ENCODING);
                }
            });
            ctx.next();
        });
    }

    boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return types.contains(type.toLowerCase(Locale.ROOT));
    }
}
