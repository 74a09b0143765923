package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host counts PCs, not the pooled connections each PC holds (H2 lists each session's "address:port"). */
class OfficeHostCountTest {
    @Test
    void pooledConnectionsOfOnePcCountOnce() {
        assertThat(OfficeHost.distinctHosts(List.of("192.168.1.21:50312", "192.168.1.21:50313",
                "192.168.1.21:50314", "192.168.1.22:41000", "[fd00::5]:4100", "[fd00::5]:4101"))).isEqualTo(3);
        assertThat(OfficeHost.distinctHosts(List.of())).isZero();
        assertThat(OfficeHost.distinctHosts(Arrays.asList((String) null))).isZero();
    }
}
