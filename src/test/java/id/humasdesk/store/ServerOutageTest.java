package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.Messages;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.CuttableProxy;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office server goes away in the middle of a session and comes back. */
@EveryStore
class ServerOutageTest {
    @TempDir
    Path dir;

    @Test
    void whileTheServerIsAwayTheUserIsToldWhatToDoAndAfterwardsTheAppCarriesOn() throws Exception {
        Assumptions.assumeTrue(StoreBackends.current() == StoreBackends.Backend.POSTGRESQL,
                "an office server exists only in the PostgreSQL run");
        DatabaseTarget direct = StoreBackends.target(dir.resolve("direct"));
        URI u = URI.create(direct.url().substring("jdbc:".length()));
        try (CuttableProxy proxy = new CuttableProxy(u.getHost(), u.getPort())) {
            String viaProxy = direct.url().replace(u.getHost() + ":" + u.getPort(), "127.0.0.1:" + proxy.port());
            StoreBackends.use(dir, DatabaseTarget.server(viaProxy, direct.user(), direct.password()));
            try (TestOffice office = new TestOffice(dir)) {
                var drafts = office.services.drafts();
                Release r = drafts.create(office.writer, ReleaseType.SIARAN_PERS,
                        drafts.template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Sebelum putus"));

                proxy.cut();
                var text = r.content().withHeadline("Diketik saat server mati");
                assertThatThrownBy(() -> drafts.save(office.writer, r.id(), r.version(), text)).satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.store.unreachable");
                    assertThat(new Messages(Messages.ENGLISH).describe(e))
                            .contains("127.0.0.1:" + proxy.port()).contains("cannot be reached");
                });

                proxy.restore();
                Release saved = drafts.save(office.writer, r.id(), r.version(), text);
                assertThat(saved.content().headline()).as("the same save works once the server is back")
                        .isEqualTo("Diketik saat server mati");
                assertThat(drafts.load(r.id()).version()).isEqualTo(saved.version());
            }
        }
    }
}
