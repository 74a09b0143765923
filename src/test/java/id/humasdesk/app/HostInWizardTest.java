package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Province;
import id.humasdesk.model.User;
import id.humasdesk.support.HostProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setup wizard's "this PC hosts the office database": a new PC sets up the office and hosts
 * it from that first start (H2 told the address before the database file is made), the first
 * administrator gets the join code, and a second PC joins with it through its own wizard and goes
 * straight to login. A port below 1024 is refused before anything is written.
 */
class HostInWizardTest {
    @TempDir
    Path tmp;
    final Messages m = new Messages(Messages.INDONESIAN);
    final Clock clock = Clock.systemUTC();

    @Test
    void aNewPcSetsUpTheOfficeAndHostsItAndAnotherPcJoinsWithTheCode() throws Exception {
        Path hostDir = tmp.resolve("host");
        HostingDesk desk = new HostingDesk(hostDir, clock, () -> null);
        List<Bootstrap> chosen = new ArrayList<>();
        List<User> done = new ArrayList<>();
        SetupViewModel wizard = new SetupViewModel(TaskExecutor.sameThread(), m,
                new OfficeConnections(hostDir, tmp.resolve("keys"), clock, desk), chosen::add, done::add);
        wizard.databaseKindProperty().set(SetupViewModel.DatabaseKind.HOST_THIS_PC);
        assertThat(wizard.hostAddresses()).contains("127.0.0.1").doesNotContain("0.0.0.0");

        wizard.hostAddressProperty().set("127.0.0.1");
        wizard.hostPortProperty().set("80");
        wizard.next();
        assertThat(wizard.errorProperty().get()).isEqualTo("Port harus berupa angka dari 1024 sampai 65535.");
        assertThat(chosen).isEmpty();

        int port = HostProcess.freePort();
        wizard.hostPortProperty().set(String.valueOf(port));
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(SetupViewModel.OFFICE_STEP);
        try (Services host = chosen.get(0).open()) {
            assertThat(desk.kind()).as("hosting from the first start").isEqualTo(OfficeLink.Kind.HOSTING);
            JoinCode code = desk.newCode().orElseThrow();
            wizard.connected(host.accounts());
            wizard.officeNameProperty().set("Bawaslu Kabupaten Kaur");
            wizard.provinceProperty().set(Province.BENGKULU);
            wizard.next();
            wizard.adminUsernameProperty().set("admin");
            wizard.adminFullNameProperty().set("Admin Humas Kaur");
            wizard.passwordProperty().set("kata-sandi-admin-1");
            wizard.passwordRepeatProperty().set("kata-sandi-admin-1");
            wizard.finish();
            assertThat(wizard.errorProperty().get()).isEmpty();
            assertThat(done).extracting(User::username).containsExactly("admin");

            Path pcDir = tmp.resolve("pc");
            List<Bootstrap> pcChosen = new ArrayList<>();
            SetupViewModel pc = new SetupViewModel(TaskExecutor.sameThread(), m,
                    new OfficeConnections(pcDir, tmp.resolve("keys"), clock), pcChosen::add, u -> { });
            pc.databaseKindProperty().set(SetupViewModel.DatabaseKind.JOIN_HOSTED);
            pc.joinCodeProperty().set(code.text());
            pc.next();
            assertThat(pc.joinedProperty().get()).as(pc.testMessageProperty().get()).isTrue();
            try (Services s = pcChosen.get(0).open()) {
                assertThat(s.accounts().login("admin", "kata-sandi-admin-1".toCharArray()).fullName())
                        .isEqualTo("Admin Humas Kaur");
                assertThat(desk.check().connectedPcs()).isPositive();
            }
        }
    }
}
