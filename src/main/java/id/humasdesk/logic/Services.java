package id.humasdesk.logic;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.draft.DraftService;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.draft.PhotoImporter;
import id.humasdesk.logic.library.LibraryService;
import id.humasdesk.logic.search.SearchService;
import java.nio.file.Path;
import java.time.Clock;

/** Everything the front ends (gui, cli) may call, wired by the composition root. */
public record Services(
        Path dataDirectory,
        Clock clock,
        AccountService accounts,
        DraftService drafts,
        LibraryService library,
        SearchService search,
        PhotoImporter photos,
        MediaStore media,
        SettingsRepository settings,
        DemoGenerator demo,
        AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
