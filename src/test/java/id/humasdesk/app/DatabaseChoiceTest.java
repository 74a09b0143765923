package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.gui.setup.SetupViewModel.TestState;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.store.DatabaseTarget;
import id.humasdesk.store.SavedConnection;
import id.humasdesk.support.StoreBackends;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What <i>Test connection</i> in the setup wizard tells a user, in Indonesian, for each state of an
 * office database server, and what it keeps of the choice. Cases that need the PostgreSQL test
 * server are skipped, with the reason, without one.
 */
class DatabaseChoiceTest {
    @TempDir
    Path tmp;
    private final Messages m = new Messages(Messages.INDONESIAN);
    private final List<Bootstrap> chosen = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    @AfterEach
    void dropAll() throws Exception {
        if (StoreBackends.server().isEmpty()) {
            return;
        }
        try (Connection c = StoreBackends.server().get().admin(); Statement st = c.createStatement()) {
            for (String d : databases) {
                st.execute("DROP DATABASE IF EXISTS " + d + " WITH (FORCE)");
            }
            for (String r : roles) {
                st.execute("DROP ROLE IF EXISTS " + r);
            }
        }
    }

    private SetupViewModel wizard() {
        return new SetupViewModel(TaskExecutor.sameThread(), m,
                new OfficeConnections(tmp.resolve("pc"), tmp.resolve("keys"), Clock.systemUTC()), chosen::add, u -> { });
    }

    private static SetupViewModel server(SetupViewModel vm, String host, int port, String db, String user,
            String password) {
        vm.databaseKindProperty().set(SetupViewModel.DatabaseKind.OFFICE_SERVER);
        vm.hostProperty().set(host);
        vm.portProperty().set(String.valueOf(port));
        vm.databaseNameProperty().set(db);
        vm.databaseUserProperty().set(user);
        vm.databasePasswordProperty().set(password);
        return vm;
    }

    private StoreBackends.Server pg() {
        org.junit.jupiter.api.Assumptions.assumeTrue(StoreBackends.server().isPresent(),
                "needs a PostgreSQL server (HUMASDESK_TEST_PG_URL, see README)");
        return StoreBackends.server().get();
    }

    private String newDatabase(StoreBackends.Server s) throws Exception {
        String name = "hd_choice_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = s.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        databases.add(name);
        return name;
    }

    private static int port(StoreBackends.Server s) {
        String rest = s.url().substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
    }

    private void setUpOffice(StoreBackends.Server s, String db) {
        try (Services office = Wiring.open(tmp.resolve("first-pc"), DatabaseTarget.server(s.urlOf(db), s.user(),
                s.password()), Clock.systemUTC())) {
            office.accounts().setUp(new OfficeSetup(new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN,
                    Province.BENGKULU, Province.BENGKULU.zone().zoneId()), "admin", "Admin", "Rahasia-Kaur-1"
                    .toCharArray()));
        }
    }

    @Test
    void missingFieldsAreNamedUnderTheirFieldAndNothingIsTried() {
        SetupViewModel vm = server(wizard(), "", 0, "", "", "");
        vm.portProperty().set("54x2");
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.NONE);
        assertThat(vm.hostErrorProperty().get()).isEqualTo("Isi nama atau alamat IP server basis data, tanpa spasi.");
        assertThat(vm.portErrorProperty().get()).isEqualTo("Port harus berupa angka 1–65535.");
        assertThat(vm.databaseNameErrorProperty().get()).startsWith("Isi nama basis data");
        assertThat(vm.databaseUserErrorProperty().get()).isEqualTo("Isi nama pengguna basis data.");
        vm.hostProperty().set("db.kantor.lan");
        assertThat(vm.hostErrorProperty().get()).as("the message follows the edit").isEmpty();
        vm.next();
        assertThat(chosen).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupViewModel.DATABASE_STEP);
    }

    @Test
    void aServerThatDoesNotAnswerIsToldAsUnreachableAndNothingIsSaved() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        SetupViewModel vm = server(wizard(), "127.0.0.1", closed, "humasdesk", "humas", "x");
        vm.next();
        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).startsWith("Server basis data kantor 127.0.0.1:" + closed
                + " tidak dapat dihubungi.");
        assertThat(chosen).isEmpty();
        assertThat(tmp.resolve("pc").resolve(SavedConnection.FILE)).doesNotExist();
    }

    @Test
    void wrongPasswordAndMissingDatabaseAreToldPlainly() throws Exception {
        StoreBackends.Server s = pg();
        String db = newDatabase(s);
        SetupViewModel vm = server(wizard(), "127.0.0.1", port(s), db, s.user(), s.password() + "-salah");
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).startsWith("Server basis data kantor 127.0.0.1:" + port(s)
                + " menolak masuknya pengguna " + s.user() + ": nama pengguna atau kata sandi salah.");

        vm.databasePasswordProperty().set(s.password());
        assertThat(vm.testStateProperty().get()).as("an edit clears the old answer").isEqualTo(TestState.NONE);
        vm.databaseNameProperty().set(db + "_tidak_ada");
        vm.testConnection();
        assertThat(vm.testMessageProperty().get()).startsWith("Server basis data kantor 127.0.0.1:" + port(s)
                + " tidak memiliki basis data bernama " + db + "_tidak_ada.");
    }

    @Test
    void aRoleWithoutRightsIsToldWhatItLacksBeforeAndAfterTheOfficeExists() throws Exception {
        StoreBackends.Server s = pg();
        String db = newDatabase(s);
        String role = "hd_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = s.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'sandi-peran-1'");
        }
        roles.add(role);
        // PostgreSQL 15 gives no one but the owner CREATE in the public schema.
        SetupViewModel vm = server(wizard(), "127.0.0.1", port(s), db, role, "sandi-peran-1");
        vm.testConnection();
        assertThat(vm.testMessageProperty().get()).isEqualTo("Pengguna basis data " + role + " tidak berhak membuat "
                + "tabel di basis data " + db + ", sehingga kantor tidak dapat disiapkan di sana. Mintalah admin server "
                + "memberikan hak CREATE pada skema basis data tersebut, atau gunakan pengguna pemilik basis data.");

        setUpOffice(s, db);
        vm.testConnection();
        assertThat(vm.testStateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(vm.testMessageProperty().get()).isEqualTo("Pengguna basis data " + role + " tidak berhak membaca "
                + "data HumasDesk di basis data " + db + ". Mintalah admin server memberikan hak akses kepada pengguna "
                + "tersebut.");
        try (Connection c = s.admin(); Statement st = c.createStatement()) {
            st.execute("REVOKE ALL ON SCHEMA public FROM " + role); // lets DROP ROLE go through
        }
        try (Connection c = DriverManager.getConnection(s.urlOf(db), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("DROP OWNED BY " + role);
        }
    }

    @Test
    void aSchemaFromANewerAppAndAnotherApplicationsTablesAreRefusedByName() throws Exception {
        StoreBackends.Server s = pg();
        String office = newDatabase(s);
        setUpOffice(s, office);
        try (Connection c = DriverManager.getConnection(s.urlOf(office), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (9999, '999.1', 'from a newer app', "
                    + "'SQL', 'V999_1__newer.sql', 0, 'postgres', 1, true)");
        }
        SetupViewModel vm = server(wizard(), "127.0.0.1", port(s), office, s.user(), s.password());
        vm.testConnection();
        assertThat(vm.testMessageProperty().get()).isEqualTo("Basis data ini dibuat oleh versi HumasDesk yang lebih "
                + "baru (skema 999.1). Pasang versi terbaru; data tidak diubah.");

        String foreign = newDatabase(s);
        try (Connection c = DriverManager.getConnection(s.urlOf(foreign), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE inventaris (id int)");
        }
        vm.databaseNameProperty().set(foreign);
        vm.next();
        assertThat(vm.testMessageProperty().get()).isEqualTo("Basis data " + foreign + " di 127.0.0.1:" + port(s)
                + " sudah berisi tabel aplikasi lain (inventaris) dan bukan basis data HumasDesk. Pilih basis data "
                + "yang kosong atau mintalah admin server membuat basis data baru.");
        assertThat(chosen).as("nothing chosen, nothing saved").isEmpty();
    }

    @Test
    void choosingThisPcAfterAServerForgetsTheServer() throws Exception {
        StoreBackends.Server s = pg();
        String db = newDatabase(s);
        SetupViewModel first = server(wizard(), "127.0.0.1", port(s), db, s.user(), s.password());
        first.next();
        assertThat(first.stepProperty().get()).isEqualTo(SetupViewModel.OFFICE_STEP);
        assertThat(tmp.resolve("pc").resolve(SavedConnection.FILE)).exists();
        assertThat(OfficeConnections.saved(tmp.resolve("pc"), tmp.resolve("keys"), null).url())
                .isEqualTo(s.urlOf(db));

        SetupViewModel again = wizard();
        again.next(); // "Hanya PC ini" is the default
        assertThat(again.stepProperty().get()).isEqualTo(SetupViewModel.OFFICE_STEP);
        assertThat(Files.exists(tmp.resolve("pc").resolve(SavedConnection.FILE))).isFalse();
        assertThat(chosen).hasSize(2);
        try (Services own = chosen.get(1).open()) {
            assertThat(own.accounts().isSetUp()).isFalse();
            assertThat(Files.exists(tmp.resolve("pc").resolve("db").resolve("humasdesk.mv.db"))).isTrue();
        }
    }
}
