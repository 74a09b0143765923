package id.humasdesk.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A child JVM of the crash harness, its output lines with the time each was read. */
final class Child implements AutoCloseable {
    record Line(String text, long at) {
    }

    private final Process process;
    private final List<Line> lines = new ArrayList<>();
    private final Thread reader;

    private Child(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with the test class path; {@code stdin} (may be null) is written and closed. */
    static Child start(String main, List<String> args, String stdin) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx768m", "-Djava.awt.headless=true",
                "-Dhumasdesk.pbkdf2.iterations=" + System.getProperty("humasdesk.pbkdf2.iterations", "1000"),
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                PrintWriter w = new PrintWriter(in, true, StandardCharsets.UTF_8);
                w.println(stdin);
                w.flush();
            }
        }
        return new Child(p);
    }

    /** Runs a command of the app to its end; fails with its output if it does not exit 0. */
    static List<Line> run(List<String> args, String stdin) throws Exception {
        try (Child c = start(MarkedMain.class.getName(), args, stdin)) {
            int code = c.waitFor(600_000);
            if (code != 0) {
                throw new AssertionError("exit " + code + " from " + args + ":\n" + c.output());
            }
            return c.lines();
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String s; (s = r.readLine()) != null; ) {
                Line l = new Line(s, System.currentTimeMillis());
                synchronized (lines) {
                    lines.add(l);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the child was killed
        }
        synchronized (lines) {
            lines.notifyAll();
        }
    }

    /**
     * The first line from index {@code from} on that matches, waiting up to {@code timeoutMs};
     * null if the child ended or the time ran out first.
     */
    Line await(int from, Predicate<String> match, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        synchronized (lines) {
            for (int i = from; ; ) {
                for (; i < lines.size(); i++) {
                    if (match.test(lines.get(i).text())) {
                        return lines.get(i);
                    }
                }
                long left = end - System.currentTimeMillis();
                if (left <= 0 || !reader.isAlive() && i >= lines.size()) {
                    return null;
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    int size() {
        synchronized (lines) {
            return lines.size();
        }
    }

    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    String output() {
        StringBuilder b = new StringBuilder();
        lines().forEach(l -> b.append(l.text()).append('\n'));
        return b.toString();
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * SIGKILL (kill -9) now. Returns the time of the kill, or -1 if the child had already ended
     * (the kill missed).
     */
    long kill() throws InterruptedException {
        if (!process.isAlive()) {
            return -1;
        }
        long at = System.currentTimeMillis();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // exit 137 = killed by SIGKILL; anything else means it ended on its own just before
        return process.exitValue() == 137 ? at : -1;
    }

    int waitFor(long timeoutMs) throws InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("child still running after " + timeoutMs + " ms:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    void saveOutput(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, output());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
