package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.Autosaved;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.CuttableProxy;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    @Test
    void whatIsTypedDuringAnOutageStaysOnThisPcThroughARestartAndIsSavedOnceTheServerIsBack() throws Exception {
        Assumptions.assumeTrue(StoreBackends.current() == StoreBackends.Backend.POSTGRESQL,
                "an office server exists only in the PostgreSQL run");
        DatabaseTarget direct = StoreBackends.target(dir.resolve("direct"));
        URI u = URI.create(direct.url().substring("jdbc:".length()));
        try (CuttableProxy proxy = new CuttableProxy(u.getHost(), u.getPort())) {
            String viaProxy = direct.url().replace(u.getHost() + ":" + u.getPort(), "127.0.0.1:" + proxy.port());
            StoreBackends.use(dir, DatabaseTarget.server(viaProxy, direct.user(), direct.password()));
            UUID editor = UUID.randomUUID(); // one open editor: its recovery record
            Release r;
            ReleaseContent typed;
            ReleaseContent atSave;
            UUID writer;
            try (TestOffice office = new TestOffice(dir)) {
                writer = office.writer.id();
                var drafts = office.services.drafts();
                r = drafts.create(office.writer, ReleaseType.SIARAN_PERS,
                        drafts.template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Sebelum putus"));
                Recovery early = new Recovery(editor, office.writer.id(), r.id(), r.type(),
                        r.content().withHeadline("Diketik sebelum putus"), Instant.now());
                assertThat(drafts.autosave(office.writer, early)).isEqualTo(Autosaved.SAVED);

                proxy.cut();
                typed = r.content().withHeadline("Diketik saat server mati")
                        .withParagraphs(List.of("Paragraf yang ditulis selama jaringan kantor terputus."));
                long t0 = System.nanoTime();
                Autosaved where = drafts.autosave(office.writer,
                        new Recovery(editor, office.writer.id(), r.id(), r.type(), typed, Instant.now().plusSeconds(1)));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("[ServerOutageTest] autosave while the server is cut: " + where + " in " + ms + " ms");
                assertThat(where).as("the user is told it is on this PC only").isEqualTo(Autosaved.ONLY_ON_THIS_PC);
                assertThat(new Messages(Messages.ENGLISH).get("editor.keptOnThisPc", "10.00"))
                        .contains("this PC only").contains("unreachable");
                // More typing, then Save: refused, and the editor keeps what was on screen on this PC at once.
                atSave = typed.withParagraphs(List.of("Paragraf yang ditulis selama jaringan kantor terputus.",
                        "Kalimat terakhir sebelum menekan Simpan."));
                assertThatThrownBy(() -> drafts.save(office.writer, r.id(), r.version(), atSave))
                        .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                                .isEqualTo("error.store.unreachable"));
                drafts.keepOnThisPc(office.writer,
                        new Recovery(editor, office.writer.id(), r.id(), r.type(), atSave, Instant.now().plusSeconds(2)));
            } // the app is closed (or crashed) during the outage

            // Started again while the server is still away: it cannot open, says why, and the typing is on disk.
            assertThatThrownBy(() -> TestOffice.reopen(dir)).satisfies(e -> {
                assertThat(((UserFacingException) e).messageKey()).isEqualTo("error.store.unreachable");
                assertThat(new Messages(Messages.ENGLISH).describe(e)).contains("cannot be reached")
                        .contains("kept on this PC");
                assertThat(new Messages(Messages.INDONESIAN).describe(e)).contains("tidak dapat dihubungi")
                        .contains("tersimpan di komputer ini");
            });
            assertThat(new FileRecoveryStore(FileRecoveryStore.folderOf(dir)).list(writer))
                    .as("kept in this PC's data directory, not shared yet").extracting(k -> k.recovery().content(),
                            k -> k.shared()).containsExactly(tuple(atSave, false));

            proxy.restore();
            try (TestOffice back = TestOffice.reopen(dir)) {
                var drafts = back.services.drafts();
                List<Recovery> offered = drafts.pendingRecoveries(back.writer);
                assertThat(offered).as("offered after sign-in, the version typed during the outage")
                        .extracting(Recovery::content).containsExactly(atSave);
                Release saved = drafts.save(back.writer, r.id(), drafts.load(r.id()).version(), offered.get(0).content());
                drafts.discardRecovery(offered.get(0).id());

                assertThat(drafts.load(r.id()).content()).isEqualTo(atSave);
                assertThat(saved.content().paragraphs()).containsExactly(
                        "Paragraf yang ditulis selama jaringan kantor terputus.", "Kalimat terakhir sebelum menekan Simpan.");
                assertThat(drafts.pendingRecoveries(back.writer)).isEmpty();
                assertThat(drafts.keptOnThisPc()).isZero();
            }
        }
    }
}
