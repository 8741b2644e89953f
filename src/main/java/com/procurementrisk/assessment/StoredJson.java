package com.procurementrisk.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of a revision's result: its JSON, gzip-compressed. A result repeats its
 * rationales and sources for every pathway and scenario, so it shrinks about twentyfold and a
 * revision stays under 16 KiB on either database (docs/benchmarks.md), with the text exactly as
 * it was shown, whatever model version scored it (imported ones included).
 */
final class StoredJson {

    /** A stored result may not unpack to more than this (a damaged or hostile row cannot exhaust memory). */
    private static final int MAX_JSON_BYTES = 32 * 1024 * 1024;

    private StoredJson() {
    }

    static byte[] gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 8);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                // The default level: a tenth larger than the best, for a quarter of its CPU (a save
                // compressed at the best level spent about 4 ms on it).
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String gunzip(byte[] stored) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            byte[] json = in.readNBytes(MAX_JSON_BYTES + 1);
            if (json.length > MAX_JSON_BYTES) {
                throw new IllegalStateException("a stored result unpacks to more than " + MAX_JSON_BYTES + " bytes");
            }
            return new String(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a stored result cannot be unpacked", e);
        }
    }
}
