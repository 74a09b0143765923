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
 * passes or is refused with a bundle message, and leaves no copied photo behind. Four kinds of
 * case in turn: damaged zip bytes; one damaged item under a correctly re-signed manifest (so the
 * damage reaches the JSON, schema and mapping checks); and two structure-aware kinds with a valid
 * office signature and hostile content: a signed manifest with hostile numbers, paths, hashes,
 * offices or keys, and a signed bundle whose zip shows another face in its central directory.
 * The structure-aware cases must all be refused. 1,000 cases in the normal suite; the Maven
 * profile {@code fuzz} runs 100,000 ({@code mvn -B test -Pfuzz -Dtest=BundleFuzzTest}).
 */
class BundleFuzzTest {
    static final int CASES = Integer.getInteger("bundle.fuzz.cases", 1_000);
    /** Long runs (the fuzz profile) report how far they got, so a run cut short still has figures. */
    static final int PROGRESS_EVERY = 5_000;
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
        long start = System.nanoTime();
        Map<String, Integer> refusedHostile = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            int kind = i % 4;
            byte[] bytes = switch (kind) {
                case 0 -> mutateZip(valid, rnd);
                case 1 -> mutateItem(rnd);
                case 2 -> mutateManifest(rnd);
                default -> mutateLayout(rnd);
            };
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
            if (kind >= 2) {
                assertThat(outcome).as("case %d: signed, but hostile, so refused", i).isNotEqualTo("accepted");
                refusedHostile.merge(outcome, 1, Integer::sum);
            }
            outcomes.merge(outcome, 1, Integer::sum);
            if (Files.exists(spill)) {
                try (var left = Files.list(spill)) {
                    assertThat(left).as("case %d leaves no photo copies", i).isEmpty();
                }
            }
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < CASES) {
                System.out.println("bundle fuzz: " + (i + 1) + " of " + CASES + " cases in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms, none crashed, signed hostile all refused");
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("bundle fuzz: " + CASES + " cases in " + ms + " ms, outcomes " + outcomes);
        System.out.println("bundle fuzz: structure-aware (signed, hostile) refusals " + refusedHostile);
        assertThat(refusedHostile).as("signed hostile cases reach the number, layout and manifest checks")
                .containsKeys("bundle.verify.zipInconsistent", "bundle.verify.numberOutOfRange");
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

    static final String[] HOSTILE_NUMBERS = {"-1", "2147483648", "4294967298", "4294967296", "9223372036854775807",
        "9223372036854775808", "18446744073709551618", "1" + "0".repeat(40), "1e3", "2.0", "\"2\"", "null", "[]"};

    /**
     * A manifest the office really signed, with hostile content: numbers that would wrap, paths that
     * climb, hashes and sizes that lie, another office, broken keys, duplicate or extra keys.
     */
    static byte[] mutateManifest(SplittableRandom rnd) {
        Map<String, byte[]> files = new LinkedHashMap<>(forge.files);
        String m = new String(forge.manifestFor(files, Ed25519.info(key.getPublic()), forge.manifest.office()),
                StandardCharsets.UTF_8);
        int kind = rnd.nextInt(10);
        if (kind == 9) {
            // a listed file left out of the zip, or a zip file left out of the list
            List<String> paths = new ArrayList<>(files.keySet());
            Map<String, byte[]> fewer = new LinkedHashMap<>(files);
            fewer.remove(paths.get(rnd.nextInt(paths.size())));
            boolean dropFromZip = rnd.nextBoolean();
            byte[] mb = forge.manifestFor(dropFromZip ? files : fewer, Ed25519.info(key.getPublic()),
                    forge.manifest.office());
            return RawZip.write(BundleForge.entries(mb, Ed25519.sign(key.getPrivate(), mb), dropFromZip ? fewer : files));
        }
        String hostile = switch (kind) {
            case 0 -> m.replaceFirst("\"itemCount\":\\d+", "\"itemCount\":" + pick(rnd, HOSTILE_NUMBERS));
            case 1 -> replaceNth(m, "\"size\":\\d+", rnd, "\"size\":" + pick(rnd, HOSTILE_NUMBERS));
            case 2 -> replaceNth(m, "\"size\":\\d+", rnd, "\"size\":" + (1 + rnd.nextInt(9)) + "0");
            case 3 -> replaceNth(m, "\"path\":\"[^\"]+\"", rnd, "\"path\":\"" + pick(rnd, "../x.json",
                    "items/../../x.json", "/etc/passwd", "media/x.exe", "items\\\\x.json", "", forge.firstItem()) + "\"");
            case 4 -> replaceNth(m, "\"sha256\":\"[0-9a-f]{64}\"", rnd, "\"sha256\":\"" + pick(rnd,
                    "0".repeat(64), "A".repeat(64), "abc", "0".repeat(63) + "1") + "\"");
            case 5 -> m.replace("\"code\":\"KAUR\"", "\"code\":\"" + pick(rnd, "BENGKULU", "RI", "", "kaur",
                    "KAUR\\u0000") + "\"");
            case 6 -> m.replaceFirst("\"createdAt\":\"[^\"]+\"", "\"createdAt\":" + pick(rnd, "\"2026-13-45T99:00:00Z\"",
                    "\"\"", "0", "null"));
            case 7 -> m.replaceFirst("\"fingerprint\":\"[0-9a-f]+\"", "\"fingerprint\":\"" + pick(rnd, "0".repeat(64),
                    "", "zz") + "\"");
            default -> m.replaceFirst("\\{", "{" + pick(rnd, "\"itemCount\":0,", "\"extra\":1,", "\"files\":[],",
                    "\"nextKey\":{\"algorithm\":\"RSA\",\"publicKey\":\"x\",\"fingerprint\":\"y\"},"));
        };
        if (hostile.equals(m)) {
            hostile = m.replaceFirst("\"itemCount\":\\d+", "\"itemCount\":4294967299");
        }
        byte[] mb = hostile.getBytes(StandardCharsets.UTF_8);
        return RawZip.write(BundleForge.entries(mb, Ed25519.sign(key.getPrivate(), mb), files));
    }

    private static String replaceNth(String s, String regex, SplittableRandom rnd, String replacement) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        int[] span = spans.get(rnd.nextInt(spans.size()));
        return s.substring(0, span[0]) + replacement + s.substring(span[1]);
    }

    /**
     * A correctly signed bundle whose central directory tells another story than its local
     * entries: renamed, missing, extra or reordered entries, other CRCs or sizes, gaps, trailing
     * data or a comment hiding a zip signature.
     */
    static byte[] mutateLayout(SplittableRandom rnd) {
        Map<String, byte[]> files = new LinkedHashMap<>(forge.files);
        byte[] m = forge.manifestFor(files, Ed25519.info(key.getPublic()), forge.manifest.office());
        List<RawZip.Entry> entries = BundleForge.entries(m, Ed25519.sign(key.getPrivate(), m), files);
        RawZip.Builder b = new RawZip.Builder();
        List<Integer> at = new ArrayList<>();
        int kind = rnd.nextInt(8);
        int victim = rnd.nextInt(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            at.add(b.local(entries.get(i)));
            if (kind == 0 && i == victim) {
                byte[] gap = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(gap);
                gap[0] = 'X';
                b.raw(gap);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        if (kind == 1) {
            int other = (victim + 1 + rnd.nextInt(entries.size() - 1)) % entries.size();
            java.util.Collections.swap(order, victim, other);
        }
        for (int i : order) {
            RawZip.Entry e = entries.get(i);
            if (i == victim) {
                switch (kind) {
                    case 2 -> {
                        byte[] name = e.name().clone();
                        name[rnd.nextInt(name.length)] ^= (byte) (1 + rnd.nextInt(30));
                        e = new RawZip.Entry(name, e.data(), -1);
                    }
                    case 3 -> e = new RawZip.Entry(e.name(), Arrays.copyOf(e.data(), e.data().length + 1),
                            e.data().length);
                    case 4 -> e = new RawZip.Entry(e.name(), e.data(), e.data().length + 1L + rnd.nextInt(1 << 20));
                    case 5 -> {
                        continue;
                    }
                    default -> { }
                }
            }
            b.central(e, at.get(i));
            if (kind == 6 && i == victim) {
                b.central(RawZip.Entry.of("BACA-SAYA-" + rnd.nextInt(100) + ".txt", e.data()), at.get(i));
            }
        }
        if (kind != 7) {
            return b.finish(new byte[0]);
        }
        if (rnd.nextBoolean()) {
            return b.finish(new byte[] {'P', 'K', (byte) (1 + rnd.nextInt(8)), (byte) (1 + rnd.nextInt(8))});
        }
        byte[] zip = b.finish(new byte[0]);
        return Arrays.copyOf(zip, zip.length + 1 + rnd.nextInt(64));
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
