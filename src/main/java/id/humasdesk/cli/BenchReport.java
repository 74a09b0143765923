package id.humasdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * What the bench commands print: one JSON object per line (JSON lines), written by Jackson so that
 * names and texts are always escaped, and figures rounded to what a reader compares. Also the one
 * {@link #median} and {@link #percentile} they all use.
 */
final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    BenchReport(PrintWriter out) {
        this.out = out;
    }

    /** A line that starts with {@code "figure": name}. */
    Line figure(String name) {
        return line("figure", name);
    }

    /** A line that starts with {@code kind: name}, for example {@code "measure": "corpus"}. */
    Line line(String kind, String name) {
        return new Line().put(kind, name);
    }

    /** One JSON object; fields keep the order they are put in. */
    final class Line {
        private final ObjectNode node = JSON.createObjectNode();

        Line put(String key, String value) {
            node.put(key, value);
            return this;
        }

        Line put(String key, long value) {
            node.put(key, value);
            return this;
        }

        Line put(String key, boolean value) {
            node.put(key, value);
            return this;
        }

        /** A measured value rounded to {@code decimals} places; not a number (nothing measured) is null. */
        Line put(String key, double value, int decimals) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                node.putNull(key);
            } else {
                node.put(key, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
            }
            return this;
        }

        /** {@code <prefix>median_ms}, {@code min_ms} and {@code max_ms} of the samples. */
        Line timings(String prefix, double[] ms, int decimals) {
            return put(prefix + "median_ms", median(ms), decimals)
                    .put(prefix + "min_ms", Arrays.stream(ms).min().orElse(Double.NaN), decimals)
                    .put(prefix + "max_ms", Arrays.stream(ms).max().orElse(Double.NaN), decimals);
        }

        /** The machine's load average: figures from a busy machine are not comparable with a quiet one. */
        Line load(String key) {
            return put(key, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
        }

        void print() {
            try {
                out.println(JSON.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        }
    }

    /** The middle sample, or the mean of the two middle ones; NaN when there is none. */
    static double median(double[] samples) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    /** Nearest-rank percentile ({@code p} from 1 to 100); NaN when there is no sample. */
    static double percentile(double[] samples, int p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
