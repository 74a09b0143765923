package id.humasdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The encrypted wire of a hosted office (decision note 0620): H2's TCP server listens on loopback
 * only, and a small TLS 1.3 tunnel carries the other PCs' connections to it.
 *
 * <ul>
 * <li>{@link Host}, on the hosting PC: listens with TLS on the LAN address the admin picked,
 * presents the PC's own certificate ({@link HostCertificate}), and only after a complete handshake
 * opens a connection to H2 on loopback and copies bytes both ways.</li>
 * <li>{@link Client}, on every other PC: listens on loopback (a port the system picks), and for
 * each connection of the H2 driver opens a TLS connection to the host that trusts nothing but the
 * certificate pinned in the join code. Nothing the driver wrote (its sign-in included) is sent
 * before the handshake has proved the host's identity; a wrong certificate closes the connection
 * with nothing sent.</li>
 * </ul>
 *
 * TLS 1.3 only, with its three AEAD suites (every TLS 1.3 suite has forward secrecy and none is
 * anonymous); the contexts are built per tunnel and never set as the JVM's default, so PostgreSQL's
 * TLS and any HTTPS use of the app are untouched.
 */
public final class TlsTunnel {
    private static final Logger LOG = Logger.getLogger(TlsTunnel.class.getName());
    static final String[] PROTOCOLS = {"TLSv1.3"};
    static final String[] SUITES = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"};
    /** A peer that has not finished the handshake by then is dropped (no thread held by a silent peer). */
    static final int HANDSHAKE_MILLIS = 10_000;
    private static final int CONNECT_MILLIS = 10_000;
    /** Connections a host carries at once: a handful of PCs with a pool of 8 each, and room to spare. */
    static final int HOST_MAX_CONNECTIONS = 128;

    private TlsTunnel() {
    }

    /** The hosting PC's end: TLS on the LAN address, forwarded to H2 on loopback. */
    public static final class Host implements AutoCloseable {
        private final SSLServerSocket server;
        private final int targetPort;
        private final ExecutorService threads = Executors.newCachedThreadPool(daemon("host-tls"));
        private final Semaphore slots = new Semaphore(HOST_MAX_CONNECTIONS);
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private final AtomicLong forwarded = new AtomicLong();
        /** Live forwarded connections per PC address: each PC holds a small pool of them. */
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> livePerPc =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicLong refused = new AtomicLong();
        private volatile boolean closed;

        private Host(SSLServerSocket server, int targetPort) {
            this.server = server;
            this.targetPort = targetPort;
        }

        /**
         * Listens on {@code bind}:{@code port} (0 for a free port) and forwards every connection
         * that completes a TLS 1.3 handshake to {@code 127.0.0.1:targetPort}.
         */
        public static Host start(InetAddress bind, int port, HostCertificate identity, int targetPort, SecureRandom random)
                throws IOException {
            SSLServerSocket ss = (SSLServerSocket) identity.serverContext(random).getServerSocketFactory().createServerSocket();
            try {
                ss.setEnabledProtocols(PROTOCOLS);
                ss.setEnabledCipherSuites(SUITES);
                ss.setNeedClientAuth(false);
                ss.bind(new InetSocketAddress(bind, port), 50);
            } catch (IOException | RuntimeException e) {
                ss.close();
                throw e;
            }
            Host h = new Host(ss, targetPort);
            Thread accept = new Thread(h::acceptLoop, "host-tls-accept");
            accept.setDaemon(true);
            accept.start();
            return h;
        }

        public int port() {
            return server.getLocalPort();
        }

        /** Connections that completed the handshake and were passed to the database (since start). */
        /** PCs (distinct addresses) holding at least one connection to the database now. */
        public int connectedPcs() {
            return livePerPc.size();
        }

        public long forwarded() {
            return forwarded.get();
        }

        /** Connections dropped before reaching the database: failed or unfinished handshakes, or too many. */
        public long refused() {
            return refused.get();
        }

        private void acceptLoop() {
            while (!closed) {
                Socket s;
                try {
                    s = server.accept();
                } catch (IOException e) {
                    if (!closed) {
                        LOG.log(Level.WARNING, "The TLS listener stopped accepting", e);
                    }
                    return;
                }
                if (!slots.tryAcquire()) {
                    refused.incrementAndGet();
                    LOG.warning("Refused a connection from " + s.getInetAddress().getHostAddress()
                            + ": already " + HOST_MAX_CONNECTIONS + " connections");
                    closeQuietly(s);
                    continue;
                }
                threads.execute(() -> {
                    try {
                        serve((SSLSocket) s);
                    } finally {
                        slots.release();
                    }
                });
            }
        }

        private void serve(SSLSocket s) {
            String from = s.getInetAddress().getHostAddress();
            open.add(s);
            Socket db = null;
            try {
                s.setTcpNoDelay(true);
                s.setKeepAlive(true);
                s.setSoTimeout(HANDSHAKE_MILLIS);
                s.startHandshake();
                s.setSoTimeout(0);
            } catch (IOException e) {
                refused.incrementAndGet();
                LOG.info("Refused a connection from " + from + ": the TLS handshake failed ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); nothing reached the database");
                closeQuietly(s);
                open.remove(s);
                return;
            }
            try {
                db = new Socket();
                db.setTcpNoDelay(true);
                db.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), CONNECT_MILLIS);
                open.add(db);
                forwarded.incrementAndGet();
                livePerPc.merge(from, 1, Integer::sum);
                try {
                    pump(s, db, threads);
                } finally {
                    livePerPc.computeIfPresent(from, (pc, n) -> n == 1 ? null : n - 1);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The database server on loopback did not answer", e);
            } finally {
                closeQuietly(s);
                closeQuietly(db);
                open.remove(s);
                if (db != null) {
                    open.remove(db);
                }
            }
        }

        /** Stops listening and cuts every connection it carries. */
        @Override
        public void close() {
            closed = true;
            closeQuietly(server);
            for (Socket s : open) {
                closeQuietly(s);
            }
            threads.shutdownNow();
        }
    }

    /** A PC's end: loopback in, TLS to the host out, trusting only the pinned certificate. */
    public static final class Client implements AutoCloseable {
        private final ServerSocket local;
        private final InetSocketAddress host;
        private final SSLContext context;
        private final ExecutorService threads = Executors.newCachedThreadPool(daemon("pc-tls"));
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile String wrongCertificate;
        private volatile boolean closed;

        private Client(ServerSocket local, InetSocketAddress host, SSLContext context) {
            this.local = local;
            this.host = host;
            this.context = context;
        }

        /** Starts a tunnel to {@code host}:{@code port} for a host whose certificate has {@code pin}. */
        public static Client start(InetAddress host, int port, byte[] pin, SecureRandom random) throws IOException {
            SSLContext ctx;
            try {
                ctx = SSLContext.getInstance("TLSv1.3");
                ctx.init(null, new TrustManager[] {new PinnedTrust(pin)}, random);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot set up TLS", e);
            }
            ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Client c = new Client(ss, new InetSocketAddress(host, port), ctx);
            Thread accept = new Thread(c::acceptLoop, "pc-tls-accept");
            accept.setDaemon(true);
            accept.start();
            return c;
        }

        /** The loopback port the H2 driver connects to. */
        public int localPort() {
            return local.getLocalPort();
        }

        /** False once closed or once its loopback listener failed (then a new tunnel is needed). */
        public boolean isOpen() {
            return !closed && !local.isClosed();
        }

        /**
         * The SHA-256 of the certificate the host presented when the last connection was refused
         * because it is not the one the join code pins; null once a connection succeeds again.
         */
        public String wrongCertificate() {
            return wrongCertificate;
        }

        private void acceptLoop() {
            while (!closed) {
                try {
                    Socket s = local.accept();
                    threads.execute(() -> serve(s));
                } catch (IOException e) {
                    if (!closed) {
                        LOG.log(Level.WARNING, "The local end of the host tunnel stopped", e);
                        closeQuietly(local);
                    }
                    return;
                }
            }
        }

        private void serve(Socket in) {
            open.add(in);
            SSLSocket out = null;
            try {
                in.setTcpNoDelay(true);
                out = (SSLSocket) context.getSocketFactory().createSocket();
                open.add(out);
                out.setEnabledProtocols(PROTOCOLS);
                out.setEnabledCipherSuites(SUITES);
                out.setTcpNoDelay(true);
                out.setKeepAlive(true);
                out.connect(host, CONNECT_MILLIS);
                out.setSoTimeout(HANDSHAKE_MILLIS);
                out.startHandshake();
                out.setSoTimeout(0);
                wrongCertificate = null;
            } catch (IOException e) {
                WrongHostCertificate wrong = find(e);
                if (wrong != null) {
                    wrongCertificate = wrong.presented;
                    LOG.warning("The PC at " + host.getAddress().getHostAddress() + ":" + host.getPort()
                            + " is not the office host of the join code: its certificate has SHA-256 " + wrong.presented
                            + "; nothing was sent to it");
                } else {
                    LOG.fine(() -> "No TLS connection to the host " + host + ": " + e);
                }
                closeQuietly(in);
                closeQuietly(out);
                open.remove(in);
                if (out != null) {
                    open.remove(out);
                }
                return;
            }
            try {
                pump(out, in, threads);
            } finally {
                closeQuietly(in);
                closeQuietly(out);
                open.remove(in);
                open.remove(out);
            }
        }

        @Override
        public void close() {
            closed = true;
            closeQuietly(local);
            for (Socket s : open) {
                closeQuietly(s);
            }
            threads.shutdownNow();
        }
    }

    private static WrongHostCertificate find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WrongHostCertificate w) {
                return w;
            }
        }
        return null;
    }

    /** The host presented a certificate other than the pinned one. */
    static final class WrongHostCertificate extends CertificateException {
        private static final long serialVersionUID = 1L;
        final String presented;

        WrongHostCertificate(String presented) {
            super("not the certificate of the join code");
            this.presented = presented;
        }
    }

    /** Trusts exactly one certificate: the one whose SHA-256 starts with the pin. No authority, no names. */
    static final class PinnedTrust extends X509ExtendedTrustManager {
        private final byte[] pin;

        PinnedTrust(byte[] pin) {
            if (pin.length < 16) {
                throw new IllegalArgumentException("pin too short");
            }
            this.pin = pin.clone();
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no certificate");
            }
            byte[] h = HostCertificate.sha256(chain[0]);
            if (!MessageDigest.isEqual(Arrays.copyOf(h, pin.length), pin)) {
                throw new WrongHostCertificate(HexFormat.ofDelimiter(":").withUpperCase().formatHex(h));
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a PC's tunnel accepts no clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a PC's tunnel accepts no clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a PC's tunnel accepts no clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Copies both ways until either side ends, then closes both. */
    private static void pump(Socket a, Socket b, ExecutorService threads) {
        threads.execute(() -> copy(b, a));
        copy(a, b);
    }

    private static void copy(Socket from, Socket to) {
        byte[] buf = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (SocketException e) {
            // closed by the other direction or the peer: the normal end of a connection
        } catch (IOException e) {
            LOG.fine(() -> "Tunnel connection ended: " + e);
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
