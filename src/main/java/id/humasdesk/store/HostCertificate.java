package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.model.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The hosting PC's own TLS identity (decision note 0620): an EC P-256 key pair and a self-signed
 * certificate, made the first time the PC hosts and kept in {@code db/host-tls.pem} (private key
 * and certificate in one file, written atomically by {@link AtomicFiles}, readable only by the OS
 * user: POSIX {@code rw-------}, or an owner-only ACL on Windows). The other PCs do
 * not trust it through any certificate authority: the join code carries its pin (the first
 * {@value JoinCode#PIN_BYTES} bytes of the certificate's SHA-256), and a PC talks to no other.
 *
 * <p>Only the certificate is built with Bouncy Castle; keys, signatures and TLS are the JDK's own
 * providers, and nothing is installed JVM-wide.
 */
public final class HostCertificate {
    private static final Logger LOG = Logger.getLogger(HostCertificate.class.getName());
    static final String FILE = "host-tls.pem";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private final PrivateKey key;
    private final X509Certificate certificate;

    private HostCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * This data directory's host identity; made (and saved before it is used) when there is none
     * or the file cannot be read back as a matching key and certificate. A new identity needs a
     * new join code, which {@link OfficeHost} makes when the pin it last gave out differs.
     */
    static HostCertificate loadOrCreate(DataDirectory dir, SecureRandom random, Clock clock) {
        Path f = dir.database().resolveSibling(FILE);
        if (Files.exists(f)) {
            try {
                return read(Files.readString(f, StandardCharsets.US_ASCII));
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                LOG.warning("The host's TLS key in " + f + " cannot be read (" + e.getClass().getSimpleName()
                        + "); making a new one, so the office needs a new join code");
            }
        }
        HostCertificate made = create(random, clock);
        try {
            byte[] pem = made.pem().getBytes(StandardCharsets.US_ASCII);
            AtomicFiles.replace(f, AtomicFiles.Access.OWNER_ONLY, out -> out.write(pem));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", f.getParent().toString());
        }
        LOG.info(() -> "Made this PC's TLS certificate for hosting, SHA-256 " + made.fingerprint());
        return made;
    }

    /** A new key pair and self-signed certificate (valid from a day ago for 30 years; a pinned certificate does not expire in use). */
    public static HostCertificate create(SecureRandom random, Clock clock) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = g.generateKeyPair();
            X500Name name = new X500Name("CN=HumasDesk office host");
            Instant now = clock.instant();
            byte[] serial = new byte[16];
            random.nextBytes(serial);
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(1, serial),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30 * 366))),
                    name, pair.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").setSecureRandom(random).build(pair.getPrivate());
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new HostCertificate(pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a TLS certificate", e);
        }
    }

    private static HostCertificate read(String text) throws GeneralSecurityException {
        byte[] keyBytes = null;
        byte[] certBytes = null;
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            if (m.group(1).equals("PRIVATE KEY")) {
                keyBytes = der;
            } else if (m.group(1).equals("CERTIFICATE")) {
                certBytes = der;
            }
        }
        if (keyBytes == null || certBytes == null) {
            throw new GeneralSecurityException("key or certificate missing");
        }
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(keyBytes));
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certBytes));
        // The key must be the certificate's: sign and verify a test message.
        byte[] probe = "humasdesk-host".getBytes(StandardCharsets.US_ASCII);
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(key);
        s.update(probe);
        byte[] sig = s.sign();
        s.initVerify(cert.getPublicKey());
        s.update(probe);
        if (!s.verify(sig)) {
            throw new GeneralSecurityException("the key does not belong to the certificate");
        }
        return new HostCertificate(key, cert);
    }

    private String pem() {
        Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        try {
            return "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n"
                    + "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a certificate's DER bytes. */
    static byte[] sha256(X509Certificate cert) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the join code pins: the first {@value JoinCode#PIN_BYTES} bytes of the certificate's SHA-256. */
    public byte[] pin() {
        return Arrays.copyOf(sha256(certificate), JoinCode.PIN_BYTES);
    }

    /** The certificate's full SHA-256 fingerprint in hex with colons (public; for logs and the admin). */
    public String fingerprint() {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificate));
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A TLS 1.3 server context that presents this identity; built per host, never set as the JVM default. */
    SSLContext serverContext(SecureRandom random) {
        try {
            char[] none = "humasdesk".toCharArray(); // protects nothing: the store lives only in memory
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("host", key, none, new java.security.cert.Certificate[] {certificate});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, none);
            SSLContext ctx = SSLContext.getInstance("TLSv1.3");
            ctx.init(kmf.getKeyManagers(), null, random);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS", e);
        }
    }

    @Override
    public String toString() {
        return "HostCertificate[SHA-256 " + fingerprint() + "]";
    }
}
