package id.humasdesk.logic.hosting;

import id.humasdesk.model.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The office join code (decision note 0620): what a PC needs to use the office database that
 * another PC of the office hosts, in one string to read out or copy: the host's address, the port,
 * a database secret of {@value #SECRET_BYTES} random bytes (160 bits), and the pin of the host's
 * TLS certificate (the first {@value #PIN_BYTES} bytes of its SHA-256 fingerprint), so that a PC
 * talks only to the real host and never sends the secret to another. Written in RFC 4648
 * base32 (letters and 2-7, case and dashes ignored; 0, 1 and 8 read as O, I and B), in groups of
 * five, ending in a 32-bit SHA-256 check so that a mistyped code is told apart from a wrong one.
 *
 * <p>{@link #toString()} never shows the secret; the code itself is printed only once, when made.
 */
public final class JoinCode {
    public static final int SECRET_BYTES = 20;
    /** 128 bits of the certificate's SHA-256: as strong as the host's P-256 key against a forged certificate. */
    public static final int PIN_BYTES = 16;
    /** Version 1 had no certificate pin (hosting without TLS); such codes are refused. */
    private static final byte VERSION = 2;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final InetAddress host;
    private final int port;
    private final byte[] secret;
    private final byte[] pin;

    private JoinCode(InetAddress host, int port, byte[] secret, byte[] pin) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port);
        }
        if (pin.length != PIN_BYTES) {
            throw new IllegalArgumentException("pin of " + pin.length + " bytes");
        }
        this.host = host;
        this.port = port;
        this.secret = secret.clone();
        this.pin = pin.clone();
    }

    /**
     * A new code with a fresh secret for a host address (an IP literal, never a name to look up)
     * whose TLS certificate has the given pin ({@value #PIN_BYTES} bytes).
     */
    public static JoinCode create(InetAddress host, int port, byte[] hostPin, SecureRandom random) {
        byte[] s = new byte[SECRET_BYTES];
        random.nextBytes(s);
        return new JoinCode(host, port, s, hostPin);
    }

    /**
     * The same office (secret and certificate pin) reached at another address or port, e.g. through
     * a port forwarded by the office router.
     */
    public JoinCode at(InetAddress otherHost, int otherPort) {
        return new JoinCode(otherHost, otherPort, secret, pin);
    }

    /** The pin of the host's TLS certificate: the first {@value #PIN_BYTES} bytes of its SHA-256. */
    public byte[] hostPin() {
        return pin.clone();
    }

    public String hostAddress() {
        return host.getHostAddress();
    }

    public int port() {
        return port;
    }

    /** The database password the code carries (base32, as typed nowhere else). */
    public String secret() {
        return base32(secret);
    }

    /** The code to show once: "HD-XXXXX-XXXXX-…". */
    public String text() {
        byte[] addr = host.getAddress();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(VERSION);
        b.write(addr.length);
        b.writeBytes(addr);
        b.write(port >>> 8);
        b.write(port & 0xff);
        b.writeBytes(secret);
        b.writeBytes(pin);
        byte[] body = b.toByteArray();
        byte[] all = Arrays.copyOf(body, body.length + 4);
        System.arraycopy(check(body), 0, all, body.length, 4);
        String plain = base32(all);
        StringBuilder out = new StringBuilder("HD");
        for (int i = 0; i < plain.length(); i += 5) {
            out.append('-').append(plain, i, Math.min(plain.length(), i + 5));
        }
        return out.toString();
    }

    /**
     * Reads a typed or pasted code. A code with a wrong check (a typing slip) or of another format
     * is refused with "error.join.badCode"; the secret is checked only by the host.
     */
    public static JoinCode parse(String typed) {
        String t = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("HD")) {
            t = t.substring(2);
        }
        StringBuilder clean = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            clean.append(switch (c) {
                case '0' -> 'O';
                case '1' -> 'I';
                case '8' -> 'B';
                default -> c;
            });
        }
        byte[] all = decode32(clean.toString());
        if (all != null && all.length > 0 && all[0] == 1 && oldCodeChecks(all)) {
            // A code of hosting without TLS: nothing would tell this PC it talks to the real host.
            throw new UserFacingException("error.join.oldCode");
        }
        if (all == null || all.length < 2 + 4 + 2 + SECRET_BYTES + PIN_BYTES + 4 || all[0] != VERSION) {
            throw new UserFacingException("error.join.badCode");
        }
        int addrLen = all[1] & 0xff;
        int bodyLen = 2 + addrLen + 2 + SECRET_BYTES + PIN_BYTES;
        if (addrLen != 4 && addrLen != 16 || all.length != bodyLen + 4) {
            throw new UserFacingException("error.join.badCode");
        }
        byte[] body = Arrays.copyOf(all, bodyLen);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(all, bodyLen, bodyLen + 4), check(body))) {
            throw new UserFacingException("error.join.badCode");
        }
        try {
            InetAddress host = InetAddress.getByAddress(Arrays.copyOfRange(body, 2, 2 + addrLen));
            int p = 2 + addrLen;
            int port = (body[p] & 0xff) << 8 | body[p + 1] & 0xff;
            byte[] secret = Arrays.copyOfRange(body, p + 2, p + 2 + SECRET_BYTES);
            byte[] pin = Arrays.copyOfRange(body, p + 2 + SECRET_BYTES, bodyLen);
            return new JoinCode(host, port, secret, pin);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new UserFacingException(e, "error.join.badCode");
        }
    }

    /** Whether the bytes are a whole version-1 code (no pin) with a correct check. */
    private static boolean oldCodeChecks(byte[] all) {
        if (all.length < 2) {
            return false;
        }
        int bodyLen = 2 + (all[1] & 0xff) + 2 + SECRET_BYTES;
        return all.length == bodyLen + 4
                && MessageDigest.isEqual(Arrays.copyOfRange(all, bodyLen, bodyLen + 4), check(Arrays.copyOf(all, bodyLen)));
    }

    private static byte[] check(byte[] body) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
            return Arrays.copyOf(h, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte d : data) {
            buffer = buffer << 8 | d & 0xff;
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt(buffer >>> bits - 5 & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt(buffer << 5 - bits & 31));
        }
        return out.toString();
    }

    static byte[] decode32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                return null;
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >>> bits - 8 & 0xff);
                bits -= 8;
            }
        }
        if (bits > 0 && (buffer & (1 << bits) - 1) != 0) {
            return null; // the unused bits of the last letter must be zero: another letter is a typing slip
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "JoinCode[" + hostAddress() + ":" + port + "]";
    }
}
