package id.humasdesk.gui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wizard refuses exactly the office codes and user names the domain refuses, with the same message. */
class SetupRulesTest {
    private final Messages m = new Messages(Messages.ENGLISH);
    private final SetupViewModel vm = new SetupViewModel(TaskExecutor.sameThread(), m, u -> { });

    @ParameterizedTest
    @ValueSource(strings = {"KAUR", "DPS", "KAB-KAUR-01", "K", "kaur", "-KAUR", "KAUR_1", "ABCDEFGHIJKLMNOPQRSTU"})
    void officeCode(String code) {
        vm.officeCodeProperty().set(code);
        String refused = m.get("error.office.codeInvalid", code);
        if (Office.isValidCode(code)) {
            assertThat(vm.officeErrors()).doesNotContain(refused);
            assertThatCode(() -> new Office(code, "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                    Province.BENGKULU.zone().zoneId())).doesNotThrowAnyException();
        } else {
            assertThat(vm.officeErrors()).contains(refused);
            assertThatThrownBy(() -> new Office(code, "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN,
                    Province.BENGKULU, Province.BENGKULU.zone().zoneId())).hasMessageContaining("codeInvalid");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "rina.s", "budi_01", "ab", "-admin", "rina s", "abcdefghijabcdefghijabcdefghijabc"})
    void username(String name) {
        vm.adminUsernameProperty().set(name);
        String refused = m.get("error.user.usernameInvalid", name);
        if (User.isValidUsername(name)) {
            assertThat(vm.adminErrors()).doesNotContain(refused);
            assertThatCode(() -> new User(UUID.randomUUID(), name, "Rina", Set.of(Role.WRITER), true))
                    .doesNotThrowAnyException();
        } else {
            assertThat(vm.adminErrors()).contains(refused);
            assertThatThrownBy(() -> new User(UUID.randomUUID(), name, "Rina", Set.of(Role.WRITER), true))
                    .hasMessageContaining("usernameInvalid");
        }
    }
}
