package id.humasdesk.gui.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.HostingService;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.model.UserFacingException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the status line says on a host, a client whose host comes and goes, and a PC that should host but cannot. */
class LinkStatusViewModelTest {
    final Messages m = new Messages(Messages.INDONESIAN);

    static final class FakeLink implements OfficeLink {
        Kind kind;
        String where;
        State state;
        UserFacingException problem;

        FakeLink(Kind kind, String where) {
            this.kind = kind;
            this.where = where;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public String where() {
            return where;
        }

        @Override
        public State check() {
            return state;
        }

        @Override
        public Optional<UserFacingException> hostingProblem() {
            return Optional.ofNullable(problem);
        }

        @Override
        public Optional<JoinCode> newCode() {
            return Optional.empty();
        }

        @Override
        public HostingService hosting() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aClientSaysWhenItsHostGoesAndComesBack() {
        FakeLink link = new FakeLink(OfficeLink.Kind.HOSTED, "192.168.1.10:9092");
        LinkStatusViewModel vm = new LinkStatusViewModel(link, TaskExecutor.sameThread(), m);
        link.state = OfficeLink.State.reached(0);
        vm.refresh();
        assertThat(vm.textProperty().get()).isEqualTo("Basis data kantor di 192.168.1.10:9092 · terhubung");
        assertThat(vm.levelProperty().get()).isEqualTo(LinkStatusViewModel.Level.OK);

        link.state = OfficeLink.State.unreachable(new UserFacingException("error.host.unreachable", "192.168.1.10:9092"));
        vm.refresh();
        assertThat(vm.textProperty().get())
                .isEqualTo("Basis data kantor di 192.168.1.10:9092 tidak dapat dihubungi · menyambung kembali…");
        assertThat(vm.levelProperty().get()).isEqualTo(LinkStatusViewModel.Level.DOWN);
        assertThat(vm.detailProperty().get()).contains("Pastikan komputer tuan rumah menyala");

        link.state = OfficeLink.State.reached(0);
        vm.refresh();
        assertThat(vm.levelProperty().get()).as("back by itself").isEqualTo(LinkStatusViewModel.Level.OK);
    }

    @Test
    void theHostCountsTheOtherPcsAndAPcThatCannotHostSaysWhyInTheAppsWords() {
        FakeLink host = new FakeLink(OfficeLink.Kind.HOSTING, "192.168.1.10:9092");
        LinkStatusViewModel vm = new LinkStatusViewModel(host, TaskExecutor.sameThread(), m);
        host.state = OfficeLink.State.reached(0);
        vm.refresh();
        assertThat(vm.textProperty().get()).isEqualTo("Komputer ini tuan rumah (192.168.1.10:9092) · belum ada komputer lain");
        host.state = OfficeLink.State.reached(3);
        vm.refresh();
        assertThat(vm.textProperty().get()).isEqualTo("Komputer ini tuan rumah (192.168.1.10:9092) · 3 komputer lain terhubung");

        FakeLink failed = new FakeLink(OfficeLink.Kind.THIS_PC, "");
        failed.state = OfficeLink.State.reached(0);
        failed.problem = new UserFacingException("error.host.portInUse", "192.168.1.10:9092");
        LinkStatusViewModel vm2 = new LinkStatusViewModel(failed, TaskExecutor.sameThread(), m);
        vm2.refresh();
        assertThat(vm2.levelProperty().get()).isEqualTo(LinkStatusViewModel.Level.WARNING);
        assertThat(vm2.detailProperty().get()).contains("alamat dan port 192.168.1.10:9092 sedang dipakai program lain")
                .contains("Admin → Tuan Rumah Basis Data").doesNotContain("--port");
    }
}
