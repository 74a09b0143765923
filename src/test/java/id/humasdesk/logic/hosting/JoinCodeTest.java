package id.humasdesk.logic.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.UserFacingException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {
    private final SecureRandom random = new SecureRandom();

    private JoinCode code(String host, int port) throws Exception {
        return JoinCode.create(InetAddress.getByName(host), port, pin(), random);
    }

    private byte[] pin() {
        byte[] pin = new byte[JoinCode.PIN_BYTES];
        random.nextBytes(pin);
        return pin;
    }

    @Test
    void aCodeCarriesHostPortAndA160BitSecretAndReadsBackAsTyped() throws Exception {
        JoinCode c = code("192.168.1.10", 9092);
        String text = c.text();
        assertThat(text).startsWith("HD-").matches("HD(-[A-Z2-7]{1,5})+");
        assertThat(JoinCode.decode32(c.secret())).hasSize(JoinCode.SECRET_BYTES);
        assertThat(JoinCode.SECRET_BYTES * 8).isGreaterThanOrEqualTo(128);

        for (String typed : Set.of(text, text.toLowerCase(Locale.ROOT), text.replace("-", ""),
                " " + text.replace('-', ' ') + " ", text.replace('O', '0').replace('I', '1').replace('B', '8'))) {
            JoinCode back = JoinCode.parse(typed);
            assertThat(back.hostAddress()).as(typed).isEqualTo("192.168.1.10");
            assertThat(back.port()).isEqualTo(9092);
            assertThat(back.secret()).isEqualTo(c.secret());
            assertThat(back.hostPin()).as("the host's certificate pin").isEqualTo(c.hostPin());
        }
        assertThat(c.hostPin()).hasSize(16);
        assertThat(JoinCode.parse(code("fd00::10", 19092).text()).hostAddress()).isEqualTo("fd00:0:0:0:0:0:0:10");
        assertThat(c.toString()).doesNotContain(c.secret()).contains("192.168.1.10:9092");
    }

    @Test
    void everySingleTypingSlipIsCaughtByTheCheck() throws Exception {
        String text = code("10.0.0.5", 9092).text();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        int caught = 0;
        int tried = 0;
        for (int i = 3; i < text.length(); i++) {
            if (text.charAt(i) == '-') {
                continue;
            }
            char other = alphabet.charAt((alphabet.indexOf(text.charAt(i)) + 7) % 32);
            String slip = text.substring(0, i) + other + text.substring(i + 1);
            tried++;
            try {
                JoinCode.parse(slip);
            } catch (UserFacingException e) {
                assertThat(e.messageKey()).isEqualTo("error.join.badCode");
                caught++;
            }
        }
        assertThat(caught).isEqualTo(tried);
        assertThatThrownBy(() -> JoinCode.parse(text.substring(0, text.length() - 3)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> JoinCode.parse("")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void secretsDoNotRepeat() throws Exception {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(code("10.0.0.5", 9092).secret())).isTrue();
        }
    }

    @Test
    void aCodeOfHostingWithoutTlsIsRefusedWithItsOwnMessage() throws Exception {
        // Version 1 (before TLS): version, address, port, secret, check; no certificate pin.
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(1);
        b.write(4);
        b.writeBytes(InetAddress.getByName("192.168.1.10").getAddress());
        b.write(9092 >>> 8);
        b.write(9092 & 0xff);
        byte[] secret = new byte[JoinCode.SECRET_BYTES];
        random.nextBytes(secret);
        b.writeBytes(secret);
        byte[] body = b.toByteArray();
        byte[] all = java.util.Arrays.copyOf(body, body.length + 4);
        byte[] check = java.security.MessageDigest.getInstance("SHA-256").digest(body);
        System.arraycopy(check, 0, all, body.length, 4);
        String old = "HD-" + JoinCode.base32(all);
        assertThatThrownBy(() -> JoinCode.parse(old)).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.join.oldCode"));
        // The same bytes with a slip are a typing mistake, not an old code.
        all[5] ^= 1;
        assertThatThrownBy(() -> JoinCode.parse("HD-" + JoinCode.base32(all))).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.join.badCode"));
    }
}
