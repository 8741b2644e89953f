package com.procurementrisk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole requests for the request fuzz, made the same way every run from a seed: every route of the
 * application (read from its JAX-RS annotations, so a new route is fuzzed without being listed)
 * and the extra paths of {@code fuzz/requests.txt}, with every method, hostile path and query
 * values from {@code fuzz/corpus.txt}, the odd Accept and Content-Type values, query strings and
 * form field names of {@code fuzz/requests.txt}, and bodies of every kind (JSON, forms with and
 * without a valid CSRF token or a field name, multipart with and without a boundary, raw bytes).
 */
final class RequestCorpus {

    /** Who sends a request: nobody, or the signed-in administrator (with a valid CSRF token in forms). */
    enum Caller { ANONYMOUS, SIGNED_IN }

    /** One request: {@code headers} hold Accept, Content-Type and the like (cookies are the caller's). */
    record Request(Caller caller, String method, String target, Map<String, String> headers, byte[] body) {
        String shown() {
            String t = target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
            return caller + " " + method + " " + t + " " + headers + (body == null ? "" : " body " + body.length + " B");
        }
    }

    /** Real things to address now and then, so that requests also get past the "not found". */
    record Known(List<String> assessmentIds, String shareToken, String csrfToken) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)(:[^}]*)?}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final Random random;
    private final List<String> values;
    private final Map<String, List<String>> sections;
    private final List<String> routes;
    private final Known known;
    private int made;

    RequestCorpus(long seed, List<JavaClass> classes, Known known) {
        this.random = new Random(seed);
        // The administrator's own name never goes in: a fuzzed role change or wrong password must not
        // lock the account every other test signs in with.
        this.values = Corpus.values().stream().filter(v -> !v.equalsIgnoreCase("admin")).toList();
        this.sections = sections();
        this.routes = routes(classes, sections.get("path"));
        this.known = known;
    }

    /** The route templates found, and the extra paths, sorted. */
    List<String> routes() {
        return routes;
    }

    /** The next request: each route in turn, everything else drawn from the seed. */
    Request next() {
        return request(routes.get(made++ % routes.size()));
    }

    private Request request(String route) {
        String[] parts = route.split(" ", 2);
        String method = parts.length == 2 && random.nextInt(3) > 0 ? parts[0] : pick(METHODS);
        String path = parts.length == 2 ? parts[1] : parts[0];
        Caller caller = path.startsWith("/sign-out") || random.nextBoolean() ? Caller.ANONYMOUS : Caller.SIGNED_IN;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", switch (random.nextInt(5)) {
            case 0, 1 -> "text/html";
            case 2 -> "application/json";
            case 3 -> pick(sections.get("accept"));
            default -> headerValue(pick(values));
        });
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(6) > 0) {
            String type = random.nextInt(4) == 0 ? headerValue(pick(values)) : pick(sections.get("content-type"));
            headers.put("Content-Type", type);
            body = body(type, caller);
        }
        if (caller == Caller.ANONYMOUS && random.nextInt(10) == 0) {
            headers.put("Authorization", "Bearer " + headerValue(pick(values)));
        }
        return new Request(caller, method, fill(path) + query(), headers, body);
    }

    /** The template with each {parameter} replaced: now and then a real id or token, mostly a hostile value. */
    private String fill(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("id") && random.nextInt(8) == 0) {
                value = pick(known.assessmentIds());
            } else if (name.equals("token") && random.nextInt(8) == 0) {
                value = known.shareToken();
            } else if ((name.equals("revision") || name.equals("step") || name.equals("n")) && random.nextBoolean()) {
                value = Integer.toString(random.nextInt(12) - 2);
            } else {
                value = encoded(cut(pick(values), 1500));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String query() {
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "?" + pick(sections.get("query"));
            case 2 -> "?" + encoded(pick(sections.get("field"))) + "=" + encoded(cut(pick(values), 5000));
            case 3 -> "?" + pick(sections.get("query")) + "&" + encoded(pick(sections.get("field"))) + "="
                    + encoded(cut(pick(values), 300));
            default -> "?a=" + encoded(cut(pick(values), 300)) + "&q=" + encoded(cut(pick(values), 300));
        };
    }

    private byte[] body(String type, Caller caller) {
        String lower = type.toLowerCase(Locale.ROOT);
        String text;
        if (lower.startsWith("application/x-www-form-urlencoded")) {
            text = form(caller);
        } else if (lower.startsWith("multipart/")) {
            text = "--fuzz\r\nContent-Disposition: form-data; name=\"" + pick(sections.get("field")) + "\"\r\n\r\n"
                    + pick(values) + "\r\n--fuzz--\r\n";
        } else if (lower.startsWith("application/json") && random.nextBoolean()) {
            text = "{\"" + jsonEscaped(pick(sections.get("field"))) + "\":\"" + jsonEscaped(pick(values))
                    + "\",\"answers\":{\"" + jsonEscaped(pick(values)) + "\":\"" + jsonEscaped(pick(values)) + "\"}}";
        } else {
            text = pick(values);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A form, with the caller's valid CSRF token most of the time (to reach past the check), and odd fields. */
    private String form(Caller caller) {
        List<String> fields = new ArrayList<>();
        if (caller == Caller.SIGNED_IN && random.nextInt(4) > 0) {
            fields.add("csrf-token=" + known.csrfToken());
        }
        for (int i = random.nextInt(4); i >= 0; i--) {
            String name = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> encoded(pick(values));
                default -> encoded(pick(sections.get("field")));
            };
            String value = random.nextInt(5) == 0 ? cut(pick(values), 200) : encoded(cut(pick(values), 20_000));
            fields.add(random.nextInt(10) == 0 ? name : name + "=" + value);
        }
        return String.join("&", fields);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A header can carry neither line breaks nor NUL, and the client refuses other control characters. */
    private static String headerValue(String value) {
        return cut(value.replaceAll("[\\x00-\\x1f\\x7f]", " "), 1000).strip();
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "METHOD /path/{param}" for every resource method of the application, then the extra paths. */
    private static List<String> routes(List<JavaClass> classes, List<String> extraPaths) {
        TreeSet<String> routes = new TreeSet<>();
        for (JavaClass c : classes) {
            String base = c.tryGetAnnotationOfType(Path.class).map(Path::value).orElse(null);
            if (base == null) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                String method = m.getAnnotations().stream()
                        .map(a -> a.getRawType().tryGetAnnotationOfType(HttpMethod.class).map(HttpMethod::value))
                        .flatMap(Optional::stream).findFirst().orElse(null);
                if (method != null) {
                    String sub = m.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                    routes.add(method + " " + join(base, sub));
                }
            }
        }
        routes.addAll(extraPaths);
        return List.copyOf(routes);
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<String, List<String>> sections() {
        try (InputStream in = RequestCorpus.class.getResourceAsStream("/fuzz/requests.txt")) {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1, line.length() - 1), current);
                } else if (current != null) {
                    current.add(Corpus.unescape(line));
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
