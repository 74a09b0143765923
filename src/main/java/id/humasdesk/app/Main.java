package id.humasdesk.app;

/** Entry point of the launcher: commands run headless, no arguments start the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MainCommand.run(args));
    }
}
