package id.humasdesk.gui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle window's logic without a toolkit: export fills history and progress, verify reports. */
class BundleViewModelTest {
    @TempDir
    Path tmp;
    Services services;
    User admin;
    final List<Throwable> errors = new ArrayList<>();
    BundleViewModel vm;

    @BeforeEach
    void open() {
        services = Wiring.open(tmp.resolve("kaur"), Clock.systemUTC());
        services.demo().generate(40, 3, n -> { });
        admin = services.accounts().login("admin", DemoGenerator.DEMO_PASSWORD.toCharArray());
        vm = new BundleViewModel(new BundleViewModel.Deps(services.bundles(), services.clock()),
                TaskExecutor.sameThread(), new Messages(Locale.ENGLISH), services.accounts().office().orElseThrow(), admin,
                errors::add);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void exportShowsProgressThenHistoryAndNothingIsLeftToSend() {
        vm.load();
        int waiting = vm.pending().get();
        assertThat(waiting).isPositive();
        assertThat(vm.fingerprint().get()).matches("([0-9a-f]{4} ){15}[0-9a-f]{4}");

        Path target = tmp.resolve("out.humas.zip");
        vm.export(target);

        assertThat(errors).isEmpty();
        assertThat(target).exists();
        assertThat(vm.progress().get()).isEqualTo(1.0);
        assertThat(vm.busy().get()).isFalse();
        assertThat(vm.status().get()).startsWith(waiting + " releases and");
        assertThat(vm.history()).singleElement().satisfies(r -> assertThat(r.itemCount()).isEqualTo(waiting));
        assertThat(vm.pending().get()).isZero();
    }

    @Test
    void verifyReportsTheOfficeOrTheRefusal() throws Exception {
        Path target = tmp.resolve("out.humas.zip");
        vm.export(target);
        vm.verify(target);
        assertThat(vm.report()).first().asString().startsWith("Office Bawaslu Kabupaten Kaur (KAUR)");

        Path broken = tmp.resolve("broken.humas.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0});
        vm.verify(broken);
        assertThat(vm.report()).containsExactly("Bundle broken.humas.zip refused.",
                "The file broken.humas.zip is damaged, cut short or not a zip file. Ask the sending office to send "
                        + "the bundle again.");
        assertThat(vm.busy().get()).isFalse();
    }

    @Test
    void importOfARejectedFileSaysNothingWasImported() throws Exception {
        Path broken = tmp.resolve("broken.humas.zip");
        Files.write(broken, new byte[] {1, 2, 3});
        vm.importFiles(List.of(broken));
        assertThat(vm.status().get()).isEqualTo("Nothing was imported because a file was rejected.");
        assertThat(vm.report()).first().asString().startsWith("New: 0");
        assertThat(vm.report().get(1)).contains("broken.humas.zip").contains("not a HumasDesk bundle");
    }
}
