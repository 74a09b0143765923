package id.humasdesk.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.logic.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status line the library shows while search is not ready. */
class SearchStatusTest {
    @Test
    void aRebuildTellsHowFarItGotInTheUsersLanguage() {
        SearchStatus s = new SearchStatus(SearchStatus.State.REBUILDING, 45_500, 100_000);

        assertThat(s.percent()).isEqualTo(45);
        assertThat(new Messages(Locale.forLanguageTag("id")).get(s.messageKey(), s.percent()))
                .startsWith("Membangun ulang indeks pencarian (45%)");
        assertThat(new Messages(Locale.ENGLISH).get(s.messageKey(), s.percent()))
                .startsWith("Rebuilding the search index (45%)");
    }

    @Test
    void aReadyIndexNeedsNoStatusLine() {
        assertThat(SearchStatus.of(SearchStatus.State.READY).messageKey()).isNull();
        assertThat(SearchStatus.of(SearchStatus.State.READY).percent()).isEqualTo(100);
        assertThat(SearchStatus.of(SearchStatus.State.STARTING).percent()).isZero();
    }
}
