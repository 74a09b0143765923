package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.logic.services.Services;
import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.JoinedOffice;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.TestOffice;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setup wizard's third choice: a PC of an office where one PC hosts the database (a real
 * {@code serve} process on loopback) joins with the join code and goes straight to login; a wrong
 * code is refused in words and nothing is remembered.
 */
class JoinInWizardTest {
    @TempDir
    Path tmp;
    final Messages m = new Messages(Messages.INDONESIAN);
    final List<Bootstrap> chosen = new ArrayList<>();

    private SetupViewModel wizard(Path pc) {
        return new SetupViewModel(TaskExecutor.sameThread(), m,
                new OfficeConnections(pc, tmp.resolve("keys"), Clock.systemUTC()), chosen::add, u -> { });
    }

    @Test
    void aPcJoinsTheHostedOfficeWithItsCodeAndGoesToLogin() throws Exception {
        Path hostDir = tmp.resolve("host");
        new TestOffice(hostDir).close();
        int port = HostProcess.freePort();
        try (HostProcess host = HostProcess.serve(hostDir, port)) {
            assertThat(host.code).as(String.join("\n", host.output)).isNotNull();
            Path pc = tmp.resolve("pc");

            SetupViewModel wrong = wizard(pc);
            wrong.databaseKindProperty().set(SetupViewModel.DatabaseKind.JOIN_HOSTED);
            wrong.joinCodeProperty().set(JoinCode.create(InetAddress.getByName("127.0.0.1"), port,
                    host.code.hostPin(), new SecureRandom()).text());
            wrong.next();
            assertThat(wrong.testStateProperty().get()).isEqualTo(SetupViewModel.TestState.FAILED);
            assertThat(wrong.testMessageProperty().get()).contains("kode gabung salah");
            assertThat(wrong.joinedProperty().get()).isFalse();
            assertThat(chosen).isEmpty();
            assertThat(JoinedOffice.load(new DataDirectory(pc))).as("a refused code is not remembered").isEmpty();

            SetupViewModel vm = wizard(pc);
            vm.databaseKindProperty().set(SetupViewModel.DatabaseKind.JOIN_HOSTED);
            vm.next();
            assertThat(vm.testMessageProperty().get()).isEqualTo(m.get("setup.join.codeRequired"));
            vm.joinCodeProperty().set(host.code.text());
            vm.next();
            assertThat(vm.testMessageProperty().get()).contains("Bawaslu Kabupaten Kaur");
            assertThat(vm.joinedProperty().get()).as("no second office setup: straight to login").isTrue();
            assertThat(chosen).hasSize(1);
            try (Services s = chosen.get(0).open()) {
                assertThat(s.accounts().login("rina", TestOffice.PASSWORD.toCharArray()).username())
                        .isEqualTo("rina");
            }
            assertThat(JoinedOffice.load(new DataDirectory(pc)).map(JoinCode::text))
                    .as("the next start goes to the same host").contains(host.code.text());
        }
    }
}
