package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.StoreOutage;
import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.HostingService;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeLink;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.FileHostingPlans;
import id.humasdesk.support.HostProcess;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's start on a PC an admin chose as the office host (decision 0620): the host
 * starts before the app's own store, the app works on the same file in the same JVM, another PC
 * joins with the code shown once and is counted, the choice survives a restart, a client of the
 * host sees it go and come back, and only an admin may change the choice.
 */
class HostingDeskTest {
    @TempDir
    Path tmp;
    final Clock clock = Clock.systemUTC();

    @Test
    void theHostServesItsOwnAppAndAnotherPcAndHostsAgainAfterARestart() throws Exception {
        Path dir = tmp.resolve("host");
        new TestOffice(dir).close();
        int port = HostProcess.freePort();
        new FileHostingPlans(dir).save(new HostingPlan("127.0.0.1", port, false, true));

        HostingDesk desk = new HostingDesk(dir, clock, () -> null);
        JoinCode code;
        try (Services host = desk.open()) {
            assertThat(desk.kind()).isEqualTo(OfficeLink.Kind.HOSTING);
            assertThat(desk.where()).isEqualTo("127.0.0.1:" + port);
            code = desk.newCode().orElseThrow();
            User admin = host.accounts().login("admin", TestOffice.PASSWORD.toCharArray());
            assertThat(desk.check()).isEqualTo(OfficeLink.State.reached(0));

            HostingDesk pcDesk = new HostingDesk(tmp.resolve("pc"), clock, () -> DatabaseTarget.hosted(code));
            try (Services pc = pcDesk.open()) {
                assertThat(pcDesk.kind()).isEqualTo(OfficeLink.Kind.HOSTED);
                assertThat(pcDesk.where()).isEqualTo("127.0.0.1:" + port);
                assertThat(pc.accounts().login("rina", TestOffice.PASSWORD.toCharArray()).fullName())
                        .isEqualTo("Rina Marlina");
                assertThat(pcDesk.check().reachable()).isTrue();
                assertThat(desk.check().connectedPcs()).as("the other PC holds connections").isPositive();
            }
            // The tunnel sees the PC's connections end a moment after its pool closed them.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (desk.check().connectedPcs() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(desk.check().connectedPcs()).as("the other PC closed").isZero();

            desk.hosting().codeShown(admin);
            assertThat(desk.newCode()).as("shown once").isEmpty();
        }

        HostingDesk again = new HostingDesk(dir, clock, () -> null);
        try (Services host = again.open()) {
            assertThat(again.kind()).as("hosts again after a restart").isEqualTo(OfficeLink.Kind.HOSTING);
            assertThat(again.newCode()).as("the code shown before stays valid").isEmpty();
            try (Services pc = new HostingDesk(tmp.resolve("pc"), clock, () -> DatabaseTarget.hosted(code)).open()) {
                assertThat(pc.accounts().isSetUp()).isTrue();
            }
        }
    }

    @Test
    void aClientSaysTheHostIsUnreachableAndReconnectsByItselfWhenItIsBack() throws Exception {
        Path dir = tmp.resolve("host");
        new TestOffice(dir).close();
        int port = HostProcess.freePort();
        new FileHostingPlans(dir).save(new HostingPlan("127.0.0.1", port, false, true));
        HostingDesk desk = new HostingDesk(dir, clock, () -> null);
        Services host = desk.open();
        JoinCode code = desk.newCode().orElseThrow();
        desk.hosting().codeShown(host.accounts().login("admin", TestOffice.PASSWORD.toCharArray()));
        HostingDesk pcDesk = new HostingDesk(tmp.resolve("pc"), clock, () -> DatabaseTarget.hosted(code));
        try (Services pc = pcDesk.open()) {
            assertThat(pcDesk.check().reachable()).isTrue();
            host.close();

            OfficeLink.State away = pcDesk.check();
            assertThat(away.reachable()).isFalse();
            assertThat(StoreOutage.is(away.problem())).as(away.problem().messageKey()).isTrue();

            try (Services back = new HostingDesk(dir, clock, () -> null).open()) {
                // The status line checks every few seconds; a pooled connection that died with the
                // host may fail one check before the pool replaces it.
                OfficeLink.State again = pcDesk.check();
                for (int i = 0; i < 3 && !again.reachable(); i++) {
                    Thread.sleep(1000);
                    again = pcDesk.check();
                }
                assertThat(again.reachable()).as("the same client, no new sign-in: "
                        + (again.problem() == null ? "" : again.problem().messageKey())).isTrue();
            }
        }
    }

    @Test
    void hostingWhereThePcCannotHostStillOpensTheAppAndSaysWhy() throws Exception {
        Path dir = tmp.resolve("host");
        new TestOffice(dir).close();
        int port = HostProcess.freePort();
        new FileHostingPlans(dir).save(new HostingPlan("127.0.0.1", port, false, false));
        try (var taken = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            HostingDesk desk = new HostingDesk(dir, clock, () -> null);
            try (Services s = desk.open()) {
                assertThat(desk.kind()).isEqualTo(OfficeLink.Kind.THIS_PC);
                assertThat(desk.hostingProblem().map(UserFacingException::messageKey)).contains("error.host.portInUse");
                assertThat(s.accounts().isSetUp()).isTrue();
            }
        }
    }

    @Test
    void onlyAnAdminChoosesHostingAndNeverEveryInterfaceUnasked() throws Exception {
        Path dir = tmp.resolve("host");
        try (TestOffice office = new TestOffice(dir)) {
            var plans = new FileHostingPlans(dir);
            HostingService hosting = new HostingService(plans, () -> java.util.List.of("192.168.1.10"),
                    office.services.accounts()::requireRole, () -> { });
            assertThatThrownBy(() -> hosting.host(office.writer, "192.168.1.10", 9092, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.auth.roleRequired"));
            assertThatThrownBy(() -> hosting.stop(office.writer)).isInstanceOf(UserFacingException.class);
            assertThat(plans.load()).as("a writer changed nothing").isEmpty();

            assertThatThrownBy(() -> hosting.host(office.admin, "0.0.0.0", 9092, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.hosting.allInterfaces"));
            assertThatThrownBy(() -> hosting.host(office.admin, "10.99.99.99", 9092, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.host.notThisPc"));
            assertThatThrownBy(() -> hosting.host(office.admin, "192.168.1.10", 80, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.hosting.port"));
            assertThatThrownBy(() -> hosting.host(office.admin, "kantor.local", 9092, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.hosting.address"));

            HostingPlan first = hosting.host(office.admin, "192.168.1.10", 9092, false, false);
            assertThat(first.newCode()).as("the first plan makes a code").isTrue();
            plans.save(first.withNewCode(false));
            assertThat(hosting.host(office.admin, "192.168.1.10", 9092, false, false).newCode())
                    .as("same address and port keep the code").isFalse();
            assertThat(hosting.host(office.admin, "192.168.1.10", 9093, false, false).newCode())
                    .as("a new port needs a new code").isTrue();
            assertThat(hosting.host(office.admin, "0.0.0.0", 9093, true, false).allInterfaces()).isTrue();
            hosting.stop(office.admin);
            assertThat(plans.load()).isEmpty();

            HostingService onAClient = new HostingService(plans, () -> java.util.List.of("192.168.1.10"),
                    office.services.accounts()::requireRole, () -> { }, () -> false);
            assertThatThrownBy(() -> onAClient.host(office.admin, "192.168.1.10", 9092, false, false))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.hosting.notOwnDatabase"));
        }
    }
}
