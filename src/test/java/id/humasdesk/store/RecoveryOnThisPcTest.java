package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.draft.Autosaved;
import id.humasdesk.logic.draft.LocalRecoveries;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an office server, the editor's recovery record is kept on the writer's PC too (decision note
 * 0604); these are the cases where the two copies differ.
 */
@EveryStore
class RecoveryOnThisPcTest {
    @TempDir
    Path tmp;
    private Path pcRina;
    private TestOffice office;
    private Services pcHendra;

    @BeforeEach
    void open() {
        pcRina = tmp.resolve("pc-rina");
        office = new TestOffice(pcRina);
        Path other = tmp.resolve("pc-hendra");
        pcHendra = Wiring.open(other, StoreBackends.share(other, pcRina), office.clock);
    }

    @AfterEach
    void close() {
        pcHendra.close();
        office.close();
    }

    private LocalRecoveries onRinasPc() {
        return new FileRecoveryStore(FileRecoveryStore.folderOf(pcRina));
    }

    private boolean serverRun() {
        return StoreBackends.current() == StoreBackends.Backend.POSTGRESQL;
    }

    @Test
    void onlyAnOfficeServerMakesASecondCopyOnThePc() {
        var drafts = office.services.drafts();
        Release r = draft();
        Recovery rec = new Recovery(UUID.randomUUID(), office.writer.id(), r.id(), r.type(),
                r.content().withHeadline("Ketikan Rina"), office.clock.instant());

        assertThat(drafts.autosave(office.writer, rec)).isEqualTo(Autosaved.SAVED);

        assertThat(onRinasPc().list(office.writer.id())).as("on H2 the database is on this PC already")
                .extracting(k -> k.recovery().content(), LocalRecoveries.Kept::shared)
                .containsExactlyElementsOf(serverRun() ? java.util.List.of(tuple(rec.content(), true))
                        : java.util.List.of());
    }

    @Test
    void textATakeOverOnAnotherPcTurnedIntoARevisionIsNotOfferedAgainOnTheWritersPc() {
        var drafts = office.services.drafts();
        Release r = draft();
        office.services.leases().acquire(office.writer, r.id(), "PC-RINA");
        ReleaseContent unsaved = r.content().withHeadline("Ketikan Rina yang belum disimpan");
        drafts.autosave(office.writer, new Recovery(UUID.randomUUID(), office.writer.id(), r.id(), r.type(), unsaved,
                office.clock.instant()));
        office.clock.advance(Duration.ofMinutes(16)); // Rina's editor went idle; her lease is stale

        Release after = pcHendra.drafts().takeOver(office.reviewer, r.id(), "PC-HENDRA");

        assertThat(after.content()).isEqualTo(unsaved);
        assertThat(drafts.pendingRecoveries(office.writer)).as("already a revision: nothing to restore").isEmpty();
        assertThat(onRinasPc().count()).as("the used-up copy on Rina's PC is gone too").isZero();
    }

    @Test
    void aNewerVersionKeptOnlyOnThisPcWinsOverTheOfficeDatabasesOlderOne() {
        var drafts = office.services.drafts();
        Release r = draft();
        UUID editor = UUID.randomUUID();
        drafts.autosave(office.writer, new Recovery(editor, office.writer.id(), r.id(), r.type(),
                r.content().withHeadline("Versi di server"), office.clock.instant()));
        // The next tick reached only this PC's disk (the server was away at that moment).
        ReleaseContent newer = r.content().withHeadline("Versi terbaru, hanya di komputer ini");
        onRinasPc().put(new Recovery(editor, office.writer.id(), r.id(), r.type(), newer,
                office.clock.instant().plusSeconds(3)), false);

        var offered = drafts.pendingRecoveries(office.writer);

        assertThat(offered).extracting(Recovery::content).containsExactly(serverRun() ? newer
                : r.content().withHeadline("Versi di server"));
    }

    private Release draft() {
        var drafts = office.services.drafts();
        return drafts.create(office.writer, ReleaseType.SIARAN_PERS,
                drafts.template(office.writer, ReleaseType.SIARAN_PERS).withHeadline("Rapat Pleno"));
    }
}
