package id.humasdesk.support;

import id.humasdesk.logic.hosting.JoinCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A PC hosting its office database: {@code HumasDesk serve} as a real process on loopback. */
public final class HostProcess implements AutoCloseable {
    public final Process process;
    public final List<String> output;
    /** The join code, when this start made one (the first start, or with --new-join-code). */
    public final JoinCode code;

    private HostProcess(Process process, List<String> output, JoinCode code) {
        this.process = process;
        this.output = output;
        this.code = code;
    }

    public static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The command line of {@code HumasDesk --data-dir DIR ARGS...} in a new JVM. */
    public static List<String> java(Path dataDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhumasdesk.pbkdf2.iterations=1000", "-Dhumasdesk.backup.daily=false",
                "-cp", System.getProperty("java.class.path"),
                "id.humasdesk.app.Main", "--lang", "en", "--data-dir", dataDir.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code serve --bind 127.0.0.1} and waits until it says it is hosting. */
    public static HostProcess serve(Path dataDir, int port, String... extra) throws Exception {
        return serveOn(dataDir, "127.0.0.1", port, extra);
    }

    /** Starts {@code serve --bind ADDRESS} and waits until it says it is hosting. */
    public static HostProcess serveOn(Path dataDir, String bind, int port, String... extra) throws Exception {
        List<String> cmd = java(dataDir, "serve", "--bind", bind, "--port", String.valueOf(port));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("reader: " + e);
            }
            lines.add("<end>");
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            if (line.strip().startsWith("HD-")) {
                return new HostProcess(p, seen, JoinCode.parse(line));
            }
            if (line.contains("stays valid") || line.equals("<end>")) {
                return new HostProcess(p, seen, null);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("serve did not start: " + seen);
    }

    /**
     * The loopback port of the host's own H2 TCP server, read from its log (the admin never needs
     * it: only the TLS tunnel connects there).
     */
    public static int databasePort(Path dataDir) throws Exception {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("H2 listens on 127\\.0\\.0\\.1:(\\d+)");
        int found = -1;
        try (var logs = java.nio.file.Files.list(dataDir.resolve("logs"))) {
            for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                var m = p.matcher(java.nio.file.Files.readString(log));
                while (m.find()) {
                    found = Integer.parseInt(m.group(1));
                }
            }
        }
        if (found < 0) {
            throw new AssertionError("no H2 port in the host's log");
        }
        return found;
    }

    /** Stops hosting like Ctrl+C (the shutdown hook closes the database). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
