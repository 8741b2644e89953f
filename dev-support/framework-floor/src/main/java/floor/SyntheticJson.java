package floor;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** A JSON document of exactly the given size: an array of small objects of words and numbers, made up here. */
final class SyntheticJson {

    private static final String[] WORDS = {"contract", "region", "capacity", "commitment", "residency", "model",
            "availability", "pathway", "scenario", "factor", "exposure", "renewal", "provider", "quota", "audit"};

    private SyntheticJson() {
    }

    static byte[] of(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder(size).append("{\"items\":[");
        int n = 0;
        while (true) {
            StringBuilder item = new StringBuilder(n == 0 ? "" : ",");
            item.append("{\"id\":\"item-").append(n).append("\",\"score\":").append(random.nextInt(1000) / 10.0)
                    .append(",\"rank\":").append(random.nextInt(4) + 1).append(",\"text\":\"");
            for (int w = 0; w < 12; w++) {
                item.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            item.append("\"}");
            if (json.length() + item.length() + "],\"pad\":\"\"}".length() > size) {
                break;
            }
            json.append(item);
            n++;
        }
        json.append("],\"pad\":\"");
        while (json.length() + 2 < size) {
            json.append('x');
        }
        json.append("\"}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.US_ASCII);
        if (bytes.length != size) {
            throw new IllegalStateException("synthetic JSON of " + bytes.length + " bytes, wanted " + size);
        }
        return bytes;
    }
}
