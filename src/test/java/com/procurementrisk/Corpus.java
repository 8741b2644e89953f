package com.procurementrisk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fuzz corpus (src/test/resources/fuzz/corpus.txt), unescaped, and seeded variations of it. */
public final class Corpus {

    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9A-Fa-f]{4}|n|r|t|0)");

    private Corpus() {
    }

    public static List<String> values() {
        try (InputStream in = Corpus.class.getResourceAsStream("/fuzz/corpus.txt")) {
            List<String> values = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    values.add(unescape(line));
                }
            }
            values.add("");
            values.add("x".repeat(70_000));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus and, for each value, a few variations (doubled, cut, wrapped), the same every run. */
    public static List<String> withVariations(long seed) {
        Random random = new Random(seed);
        List<String> all = new ArrayList<>();
        for (String v : values()) {
            all.add(v);
            if (v.length() < 1000) {
                all.add(v + v);
                all.add(v.isEmpty() ? v : v.substring(0, random.nextInt(v.length())));
                all.add("azure" + v);
            }
        }
        return all;
    }

    /** A line of a fuzz file with its escapes (\\n, \\r, \\t, \\0, \\uXXXX) turned into characters. */
    static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e.charAt(0)) {
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case '0' -> "\0";
                default -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
