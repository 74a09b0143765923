package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.FileOfficeKeyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid bundles at random and checks that verification never crashes: every case either
 * passes or is refused with a bundle message, and leaves no copied photo behind. Half the cases
 * damage the zip bytes; the other half damage one item and re-sign the manifest, so the damage
 * reaches the JSON, schema and mapping checks. 200 cases in the normal suite; the Maven profile
 * {@code fuzz} runs 10,000 ({@code mvn -B test -Pfuzz -Dtest=BundleFuzzTest}).
 */
class BundleFuzzTest {
    static final int CASES = Integer.getInteger("bundle.fuzz.cases", 200);
    @TempDir
    static Path tmp;
    static byte[] valid;
    static BundleForge forge;
    static KeyPair key;

    @BeforeAll
    static void makeValidBundle() throws IOException {
        try (Station kaur = new Station(tmp.resolve("kaur"), BundleFixtures.KAUR,
                new Station.TestClock(Instant.parse("2026-11-28T02:00:00Z")))) {
            kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of(kaur.photo(5))));
            kaur.add(ReleaseStatus.WITHDRAWN, Station.content("Dua", List.of()));
            kaur.add(ReleaseStatus.APPROVED, Station.content("Tiga", List.of(kaur.photo(6))));
            Path file = kaur.export().file();
            valid = Files.readAllBytes(file);
            forge = new BundleForge(file);
            key = new FileOfficeKeyStore(kaur.root.resolve("keys")).load(OfficeKeyStore.Slot.CURRENT).orElseThrow();
        }
    }

    @Test
    void mutatedBundlesAreRefusedCleanlyNeverCrash() throws IOException {
        TrustPolicy policy = new TrustPolicy(new MemoryTrustStore().pin("KAUR", Ed25519.info(key.getPublic())),
                "RI", null);
        BundleReader reader = new BundleReader(BundleLimits.DEFAULT);
        SplittableRandom rnd = new SplittableRandom(20261128L);
        Path spill = tmp.resolve("spill");
        Path file = tmp.resolve("fuzz.humas.zip");
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = i % 2 == 0 ? mutateZip(valid, rnd) : mutateItem(rnd);
            Files.write(file, bytes);
            String outcome;
            try {
                BundleReader.deleteAll(reader.read(file, policy, spill).photos());
                outcome = "accepted";
            } catch (UserFacingException e) {
                outcome = e.messageKey();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("case " + i + " crashed verification", e);
            }
            assertThat(outcome).as("case %d", i).matches("accepted|bundle\\.verify\\..+");
            outcomes.merge(outcome, 1, Integer::sum);
            if (Files.exists(spill)) {
                try (var left = Files.list(spill)) {
                    assertThat(left).as("case %d leaves no photo copies", i).isEmpty();
                }
            }
        }
        System.out.println("bundle fuzz: " + CASES + " cases, outcomes " + outcomes);
        assertThat(outcomes.keySet().size()).as("mutations reach many different checks: %s", outcomes)
                .isGreaterThan(5);
    }

    static byte[] mutateZip(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + rnd.nextInt(8); n > 0; n--) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length));
            case 2 -> {
                int at = rnd.nextInt(b.length);
                byte[] junk = new byte[1 + rnd.nextInt(64)];
                rnd.nextBytes(junk);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                b = out;
            }
            case 3 -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(256));
                int to = rnd.nextInt(b.length - len + 1);
                System.arraycopy(b, from, b, to, len);
            }
            default -> {
                int at = rnd.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + rnd.nextInt(32));
                Arrays.fill(b, at, at + len, (byte) rnd.nextInt(256));
            }
        }
        return b;
    }

    /** Damages one file's content, then lists and signs it properly so only deeper checks can refuse it. */
    static byte[] mutateItem(SplittableRandom rnd) {
        Map<String, byte[]> files = new LinkedHashMap<>(forge.files);
        List<String> items = new ArrayList<>(files.keySet().stream().filter(p -> p.startsWith("items/")).toList());
        String path = items.get(rnd.nextInt(items.size()));
        byte[] b = files.get(path);
        String s = new String(b, StandardCharsets.UTF_8);
        b = switch (rnd.nextInt(6)) {
            case 0 -> mutateZip(b, rnd);
            case 1 -> s.replaceFirst("\"" + pickKey(s, rnd) + "\"", "\"x" + rnd.nextInt(10) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            case 2 -> s.replaceFirst(":\"[^\"]*\"", ":" + pick(rnd, "1", "null", "[]", "{}", "\"\"", "true", "-1e999"))
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> s.replace("urn:uuid:", pick(rnd, "urn:uuid:x", "http://", "", "urn:uuid:00000000-0000-4000-8000-"))
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> s.replace(pick(rnd, "PUBLISHED", "APPROVED", "usable", "SIARAN_PERS", "ni:///sha-256;", "\"3\""),
                    pick(rnd, "DRAFT", "bogus", "", "\u0000", "\uD83D\uDE00")).getBytes(StandardCharsets.UTF_8);
            default -> (s.substring(0, s.length() - 1) + ",\"extra\":" + "[".repeat(rnd.nextInt(60))
                    + "]".repeat(rnd.nextInt(60)) + "}").getBytes(StandardCharsets.UTF_8);
        };
        files.put(path, b);
        return forge.signed(files, key);
    }

    private static String pickKey(String json, SplittableRandom rnd) {
        List<String> keys = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([a-z]+)\":").matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys.get(rnd.nextInt(keys.size()));
    }

    private static String pick(SplittableRandom rnd, String... options) {
        return options[rnd.nextInt(options.length)];
    }
}
