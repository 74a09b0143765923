package id.humasdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.bundle.BundleLimits;
import id.humasdesk.logic.bundle.BundleService;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ImportResult;
import id.humasdesk.logic.bundle.Manifest;
import id.humasdesk.logic.bundle.OfficeKeyStore;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures bundles on a fresh data directory it sets up as headquarters: export of many releases
 * against plain Jackson plus zip (the practical limit), then verify and import of many office
 * bundles. Prints one JSON line per figure. Not a test: a measurement.
 */
@Command(name = "bundle-bench", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  HumasDesk --data-dir /tmp/empty bundle-bench --releases 1000 --photos 100 --runs 3"}, description = "Measure bundle export, verify and import on an EMPTY data directory "
        + "(it sets one up as headquarters); one JSON line per figure.")
public final class BundleBenchCommand implements Callable<Integer> {
    /** The services this command uses. */
    public record Deps(AccountService accounts, BundleService bundles, Path dataDirectory, MediaStore media) {
    }

    private final CliContext ctx;
    private final Opener<Deps> store;

    @Option(names = "--releases", defaultValue = "10000", description = "releases in the export (default: ${DEFAULT-VALUE})")
    int releases;

    @Option(names = "--photos", defaultValue = "1000", description = "distinct photos in the export (default: ${DEFAULT-VALUE})")
    int photos;

    @Option(names = "--photo-kb", defaultValue = "100", description = "size of each photo in KiB (default: ${DEFAULT-VALUE})")
    int photoKb;

    @Option(names = "--offices", defaultValue = "100", description = "offices sending bundles (default: ${DEFAULT-VALUE})")
    int offices;

    @Option(names = "--bundles-per-office", defaultValue = "5", description = "chained bundles per office "
            + "(default: ${DEFAULT-VALUE})")
    int bundlesPerOffice;

    @Option(names = "--per-bundle", defaultValue = "20", description = "releases per office bundle (default: ${DEFAULT-VALUE})")
    int perBundle;

    @Option(names = "--skip-export", description = "only the office bundles: verify and import")
    boolean skipExport;

    @Option(names = "--runs", defaultValue = "5", description = "timed export runs of each kind (default: ${DEFAULT-VALUE})")
    int runs;

    public BundleBenchCommand(CliContext ctx, Opener<Deps> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        try (Opener.Opened<Deps> opened = store.open()) {
            Deps s = opened.services();
            if (s.accounts().isSetUp()) {
                throw new UserFacingException("error.cli.benchNeedsEmpty", ctx.dataDirectory());
            }
            char[] password = UUID.randomUUID().toString().toCharArray();
            Office hq = new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
                    java.time.ZoneId.of("Asia/Jakarta"));
            s.accounts().setUp(new OfficeSetup(hq, "bench", "Pengukur Kinerja", password));
            User admin = s.accounts().login("bench", password);
            Path work = s.dataDirectory().resolve("bench");
            Files.createDirectories(work);
            if (!skipExport) {
                exportFigures(s, hq, admin, work);
            }
            importFigures(s, admin, work);
        }
        return 0;
    }

    private void exportFigures(Deps s, Office office, User admin, Path work) throws IOException {
        SplittableRandom rnd = new SplittableRandom(20261128L);
        List<Photo> pool = makePhotos(s, work, photos, photoKb * 1024, rnd);
        List<Release> list = makeReleases(office, releases, pool, rnd, true);
        BundleWriter writer = new BundleWriter(s.media(), BundleLimits.DEFAULT);
        var signer = s.bundles().keys().signer();
        Path ours = work.resolve("export.humas.zip");
        Path plain = work.resolve("plain.zip");
        BundleWriter.Header header = new BundleWriter.Header(UUID.randomUUID(), office, Instant.now(),
                new Manifest.Creator(admin.username(), admin.fullName()), null);
        ObjectMapper jackson = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<Runnable> kinds = List.of(
                () -> writer.write(ours, header, list, signer, BundleWriter.Progress.NONE),
                () -> plainZip(plain, list, s, jackson, Deflater.DEFAULT_COMPRESSION),
                () -> plainZip(plain, list, s, jackson, BundleWriter.ITEM_LEVEL));
        kinds.forEach(Runnable::run);
        double[][] wall = new double[3][runs];
        double[][] cpu = new double[3][runs];
        long[] bytes = new long[3];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < kinds.size(); k++) {
                long c = cpuNanos();
                long t = System.nanoTime();
                kinds.get(k).run();
                wall[k][i] = (System.nanoTime() - t) / 1e6;
                cpu[k][i] = (cpuNanos() - c) / 1e6;
                bytes[k] = Files.size(k == 0 ? ours : plain);
            }
        }
        String[] names = {"bundle_export", "plain_jackson_zip", "plain_jackson_zip_same_level"};
        double[] w = new double[3];
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            w[k] = BenchReport.median(wall[k]);
            c[k] = BenchReport.median(cpu[k]);
            report().figure(names[k]).put("releases", releases).put("photos", pool.size()).put("bytes", bytes[k])
                    .put("median_wall_ms", w[k], 1).put("median_cpu_ms", c[k], 1)
                    .put("releases_per_s", releases / (w[k] / 1000), 0)
                    .put("releases_per_cpu_s", releases / (c[k] / 1000), 0).print();
        }
        report().figure("export_vs_limit").put("percent_wall", 100 * w[1] / w[0], 0)
                .put("percent_cpu", 100 * c[1] / c[0], 0).put("percent_wall_same_level", 100 * w[2] / w[0], 0)
                .put("percent_cpu_same_level", 100 * c[2] / c[0], 0).put("goal_percent", 80).print();
        Files.delete(ours);
        Files.delete(plain);
    }

    /**
     * The practical limit: serialize and zip the same data, no mapping, hashing, signing or checks
     * (items at the given deflate level, photos stored).
     */
    private static void plainZip(Path out, List<Release> list, Deps s, ObjectMapper jackson, int level) {
        try {
            plainZipOrFail(out, list, s, jackson, level);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void plainZipOrFail(Path out, List<Release> list, Deps s, ObjectMapper jackson, int level)
            throws IOException {
        List<Photo> seen = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.setLevel(level);
            for (Release r : list) {
                zip.putNextEntry(new ZipEntry("items/" + r.id() + ".json"));
                zip.write(jackson.writeValueAsBytes(r));
                zip.closeEntry();
                for (Photo p : r.content().photos()) {
                    if (names.add(p.fileName())) {
                        seen.add(p);
                    }
                }
            }
            for (Photo p : seen) {
                byte[] bytes = Files.readAllBytes(s.media().local(p.sha256(), p.extension()));
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry e = new ZipEntry("media/" + p.fileName());
                e.setMethod(ZipEntry.STORED);
                e.setSize(bytes.length);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    private void importFigures(Deps s, User admin, Path work) throws IOException {
        SplittableRandom rnd = new SplittableRandom(7L);
        List<Photo> pool = makePhotos(s, work, 50, 20 * 1024, rnd);
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        List<Path> files = new ArrayList<>();
        Province[] provinces = Province.values();
        for (int o = 0; o < offices; o++) {
            Province p = provinces[o % provinces.length];
            Office office = new Office(String.format(Locale.ROOT, "KAB%03d", o), "Bawaslu Kabupaten Contoh " + (o + 1),
                    OfficeLevel.KABUPATEN, p, p.zone().zoneId());
            OfficeKeys keys = new OfficeKeys(new MemoryKeys());
            keys.createFor(office);
            Path keyFile = inbox.resolve(office.code() + ".key.json");
            keys.exportPublicKey(office, keyFile);
            s.bundles().trust(admin, keyFile);
            UUID previous = null;
            for (int b = 0; b < bundlesPerOffice; b++) {
                List<Release> batch = makeReleases(office, perBundle, pool, rnd, false);
                UUID id = UUID.randomUUID();
                Path f = inbox.resolve(office.code() + "-" + b + ".humas.zip");
                new BundleWriter(s.media(), BundleLimits.DEFAULT).write(f, new BundleWriter.Header(id, office,
                        Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * b), new Manifest.Creator("humas",
                                "Tim Humas"), previous), batch, keys.signer(), BundleWriter.Progress.NONE);
                previous = id;
                files.add(f);
            }
        }
        HeapAfterGc heap = new HeapAfterGc();
        System.gc();
        long before = heap.usedNow();
        long t = System.nanoTime();
        long c = cpuNanos();
        int items = 0;
        for (Path f : files) {
            items += s.bundles().verify(f).items().size();
        }
        double verifyMs = (System.nanoTime() - t) / 1e6;
        report().figure("verify_office_bundles").put("bundles", files.size()).put("releases", items)
                .put("total_ms", verifyMs, 0).put("cpu_ms", (cpuNanos() - c) / 1e6, 0).put("one_at_a_time", true)
                .print();
        heap.reset();
        t = System.nanoTime();
        c = cpuNanos();
        ImportResult r = s.bundles().importBundles(admin, files);
        double importMs = (System.nanoTime() - t) / 1e6;
        report().figure("import_office_bundles").put("bundles", r.bundles()).put("new", r.added())
                .put("updated", r.updated()).put("unchanged", r.unchanged()).put("conflicts", r.conflicts())
                .put("rejected", r.rejected().size()).put("gaps", r.gaps().size()).put("total_ms", importMs, 0)
                .put("cpu_ms", (cpuNanos() - c) / 1e6, 0).put("heap_before_mb", before / 1048576.0, 0)
                .put("max_heap_after_gc_mb", heap.maxAfterGc() / 1048576.0, 0).put("gcs", heap.collections()).print();
        heap.reset();
        t = System.nanoTime();
        c = cpuNanos();
        ImportResult again = s.bundles().importBundles(admin, files);
        report().figure("reimport_office_bundles").put("bundles", again.bundles()).put("unchanged", again.unchanged())
                .put("total_ms", (System.nanoTime() - t) / 1e6, 0).put("cpu_ms", (cpuNanos() - c) / 1e6, 0)
                .put("max_heap_after_gc_mb", heap.maxAfterGc() / 1048576.0, 0).put("gcs", heap.collections()).print();
        heap.close();
    }

    private BenchReport report() {
        return new BenchReport(ctx.out());
    }

    /**
     * The heap in use right after each garbage collection (every pool's collection usage summed),
     * largest value since the last reset: flat memory shows as a value that does not grow with
     * the number of bundles.
     */
    private static final class HeapAfterGc implements AutoCloseable {
        private final List<java.lang.management.GarbageCollectorMXBean> gcs =
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        private final List<Runnable> undo = new ArrayList<>();
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();

        HeapAfterGc() {
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (var gc : gcs) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener l = (n, h) -> {
                        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                                .equals(n.getType())) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) n.getUserData());
                            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> heapPools.contains(e.getKey()))
                                    .mapToLong(e -> e.getValue().getUsed()).sum();
                            count.incrementAndGet();
                            max.accumulateAndGet(used, Math::max);
                        }
                    };
                    emitter.addNotificationListener(l, null, null);
                    undo.add(() -> {
                        try {
                            emitter.removeNotificationListener(l);
                        } catch (javax.management.ListenerNotFoundException ignored) {
                            // already gone
                        }
                    });
                }
            }
        }

        long usedNow() {
            return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void reset() {
            max.set(0);
            count.set(0);
        }

        long maxAfterGc() {
            return max.get();
        }

        long collections() {
            return count.get();
        }

        @Override
        public void close() {
            undo.forEach(Runnable::run);
        }
    }

    /** CPU time of the whole process (all threads, GC included): steadier than wall time on a busy machine. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static List<Photo> makePhotos(Deps s, Path work, int count, int bytes, SplittableRandom rnd)
            throws IOException {
        List<Photo> out = new ArrayList<>(count);
        Path tmp = work.resolve("photo.tmp");
        byte[] data = new byte[bytes];
        for (int i = 0; i < count; i++) {
            rnd.nextBytes(data);
            data[0] = (byte) 0xFF;
            data[1] = (byte) 0xD8;
            Files.write(tmp, data);
            out.add(new Photo(s.media().put(tmp, "jpg"), "image/jpeg", bytes, "Foto kegiatan " + (i + 1),
                    "Tim Humas"));
        }
        Files.deleteIfExists(tmp);
        return out;
    }

    /** Releases shaped like real ones (about 3 KB of text); with {@code spread}, photo i goes to release 10i. */
    private static List<Release> makeReleases(Office office, int count, List<Photo> pool, SplittableRandom rnd,
            boolean spread) {
        List<Release> out = new ArrayList<>(count);
        ReleaseStatus[] statuses = {ReleaseStatus.APPROVED, ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED,
            ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN};
        UUID author = UUID.randomUUID();
        int step = pool.isEmpty() ? Integer.MAX_VALUE : Math.max(1, count / pool.size());
        for (int i = 0; i < count; i++) {
            List<Photo> photos = List.of();
            if (spread && i % step == 0 && i / step < pool.size()) {
                photos = List.of(pool.get(i / step));
            } else if (!spread && rnd.nextInt(10) == 0) {
                photos = List.of(pool.get(rnd.nextInt(pool.size())));
            }
            List<String> body = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                body.add("Paragraf " + (p + 1) + " rilis " + i + ": " + office.name() + " terus memperkuat pengawasan "
                        + "partisipatif bersama masyarakat, pemantau pemilu, dan media pada setiap tahapan pemilu "
                        + "agar pelanggaran dapat dicegah sejak dini dan ditindak sesuai ketentuan. " + rnd.nextInt());
            }
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * i);
            ReleaseContent content = new ReleaseContent(office.name() + " Gelar Rapat Koordinasi Pengawasan " + i, "",
                    office.placeName(), LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
                    office.name() + " menggelar rapat koordinasi pengawasan tahapan kampanye bersama jajaran.", body,
                    List.of(new Narasumber("Nama Narasumber " + i, "Koordinator Divisi Pencegahan " + office.name(),
                            "Pengawasan kampanye")), List.of("pengawasan", "kampanye"), "Kampanye",
                    "Narahubung: Tim Humas (0812-7000-1234)", "Tim Humas " + office.name(), "Tim Humas", photos);
            out.add(new Release(UUID.randomUUID(), office.code(), String.format(Locale.ROOT, "%05d/HM/%s/2026", i + 1,
                    office.code()), ReleaseType.values()[i % 4], statuses[i % statuses.length], content, author, at,
                    at.plusSeconds(60), 1 + i % 3, false));
        }
        return out;
    }

    /** Keys of the simulated offices live only for the run. */
    private static final class MemoryKeys implements OfficeKeyStore {
        private final Map<Slot, KeyPair> keys = new EnumMap<>(Slot.class);

        @Override
        public Optional<KeyPair> load(Slot slot) {
            return Optional.ofNullable(keys.get(slot));
        }

        @Override
        public void save(Slot slot, KeyPair pair) {
            keys.put(slot, pair);
        }

        @Override
        public void delete(Slot slot) {
            keys.remove(slot);
        }
    }
}
