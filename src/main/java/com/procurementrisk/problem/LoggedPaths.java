package com.procurementrisk.problem;

import java.util.regex.Pattern;

/**
 * Request paths as they may be logged: a share token is a credential (whoever has it reads the
 * assessment), so {@code /shared/<token>} and {@code /shares/<token>} are written with the token
 * masked, wherever a path is logged. (Metrics never see it either: their {@code uri} label is the
 * route template, {@code quarkus.micrometer.binder.http-server.match-patterns} in
 * application.properties.)
 */
public final class LoggedPaths {

    private static final Pattern SHARE_TOKEN = Pattern.compile("/(shared?s?)/[^/?#;]+");

    private LoggedPaths() {
    }

    /** The path with every share token replaced by {@code ***}; "null" for none. */
    public static String masked(String path) {
        return path == null ? "null" : SHARE_TOKEN.matcher(path).replaceAll("/$1/***");
    }
}
