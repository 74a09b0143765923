package id.humasdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainCommandTest {
    private final MainCommand command = new MainCommand(0);

    @Test
    void noArgumentsIsADesktopStart() {
        assertThat(command.acceptDesktopStart(new String[0])).isTrue();
        assertThat(command.dataDir).isNull();
        assertThat(command.exitAfterStart).isFalse();
    }

    @Test
    void desktopOptionsAreTakenWithoutTheParser() {
        assertThat(command.acceptDesktopStart(
                new String[] {"--data-dir", "/tmp/humas data", "--exit-after-start", "--lang=en"})).isTrue();
        assertThat(command.dataDir).isEqualTo("/tmp/humas data");
        assertThat(command.lang).isEqualTo("en");
        assertThat(command.exitAfterStart).isTrue();
    }

    @Test
    void theEqualsFormWorksForTheDataDirectory() {
        assertThat(command.acceptDesktopStart(new String[] {"--data-dir=/srv/humas"})).isTrue();
        assertThat(command.dataDir).isEqualTo("/srv/humas");
    }

    @Test
    void commandsHelpAndMistakesAreLeftToPicocli() {
        assertThat(command.acceptDesktopStart(new String[] {"generate", "--count", "5"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--data-dir", "d", "bench"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--help"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--version"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--data-dir"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--data-dir="})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--data-dir", "--exit-after-start"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--lang", "en", "--lang", "id"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--exit-after-start=true"})).isFalse();
        assertThat(command.acceptDesktopStart(new String[] {"--exit-after-strat"})).isFalse();
    }

    @Test
    void aRejectedLineLeavesTheOptionsUntouched() {
        command.acceptDesktopStart(new String[] {"--data-dir", "d", "init"});
        assertThat(command.dataDir).isNull();
    }
}
