package id.humasdesk.gui.setup;

import id.humasdesk.gui.common.ScreenTasks;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.account.PasswordPolicy;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.connect.DatabaseChoice;
import id.humasdesk.logic.connect.ServerCheck;
import id.humasdesk.logic.connect.ServerSettings;
import id.humasdesk.logic.services.Bootstrap;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run: which database this PC uses (when the launcher offers the choice), then the office,
 * then its first administrator. A PC that joins a server already set up for an office skips the
 * last two steps and goes to login. The zone follows the province until the user picks one; the
 * code is suggested from the name until the user types one.
 */
public final class SetupViewModel {
    public static final int DATABASE_STEP = 0;
    public static final int OFFICE_STEP = 1;
    public static final int ADMIN_STEP = 2;

    /**
     * Where this PC keeps the office's data. A further choice (for example an office PC that hosts
     * the database for the others) is one more constant here and one more pane in the view.
     */
    public enum DatabaseKind { THIS_PC, OFFICE_SERVER, HOST_THIS_PC, JOIN_HOSTED }

    /** The state of the last <i>Test connection</i>, for the current server fields. */
    public enum TestState { NONE, TESTING, EMPTY, OFFICE, FAILED }

    private final ScreenTasks tasks;
    private final Messages messages;
    private final DatabaseChoice databaseChoice;
    private final Consumer<Bootstrap> onDatabaseChosen;
    private final Consumer<User> onDone;
    private final ObjectProperty<DatabaseKind> databaseKind = new SimpleObjectProperty<>(DatabaseKind.THIS_PC);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerSettings.DEFAULT_PORT));
    private final StringProperty databaseName = new SimpleStringProperty("humasdesk");
    private final StringProperty databaseUser = new SimpleStringProperty("");
    private final StringProperty databasePassword = new SimpleStringProperty("");
    private final StringProperty joinCode = new SimpleStringProperty("");
    /** This PC hosts (decision 0620): one of its LAN addresses and the port. */
    private final javafx.collections.ObservableList<String> hostAddresses = javafx.collections.FXCollections
            .observableArrayList();
    private final StringProperty hostAddress = new SimpleStringProperty("");
    private final StringProperty hostPort = new SimpleStringProperty("9092");
    private final StringProperty hostError = new SimpleStringProperty("");
    private final StringProperty portError = new SimpleStringProperty("");
    private final StringProperty databaseNameError = new SimpleStringProperty("");
    private final StringProperty databaseUserError = new SimpleStringProperty("");
    private final ObjectProperty<TestState> testState = new SimpleObjectProperty<>(TestState.NONE);
    private final StringProperty testMessage = new SimpleStringProperty("");
    private final BooleanProperty joined = new SimpleBooleanProperty(false);
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.KABUPATEN);
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<IndonesianZone> zone = new SimpleObjectProperty<>(IndonesianZone.WIB);
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");
    private final IntegerProperty step;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private AccountService accounts;
    private boolean codeEdited;
    private boolean zoneEdited;
    private boolean updating;
    private boolean showServerErrors;
    /** Bumped on every change of the server fields: a test answer for older fields is dropped. */
    private int serverEdits;

    /** The office and administrator steps only: the launcher has already chosen the database. */
    public SetupViewModel(TaskExecutor executor, Messages messages, Consumer<User> onDone) {
        this(executor, messages, null, b -> { }, onDone);
    }

    /**
     * With a {@code databaseChoice}, the wizard starts by asking which database this PC uses and
     * hands the chosen one to {@code onDatabaseChosen} (which opens it and calls
     * {@link #connected(AccountService)}); without one it starts at the office step.
     */
    public SetupViewModel(TaskExecutor executor, Messages messages, DatabaseChoice databaseChoice,
            Consumer<Bootstrap> onDatabaseChosen, Consumer<User> onDone) {
        this.tasks = new ScreenTasks(executor, this::failedChoice);
        this.messages = messages;
        this.databaseChoice = databaseChoice;
        this.onDatabaseChosen = onDatabaseChosen;
        this.onDone = onDone;
        this.step = new SimpleIntegerProperty(databaseChoice == null ? OFFICE_STEP : DATABASE_STEP);
        province.addListener((o, a, p) -> {
            if (p != null && !zoneEdited) {
                set(() -> zone.set(p.zone()));
            }
        });
        zone.addListener((o, a, b) -> zoneEdited |= !updating);
        officeName.addListener((o, a, name) -> {
            if (!codeEdited) {
                set(() -> officeCode.set(suggestCode(name)));
            }
        });
        officeCode.addListener((o, a, b) -> codeEdited |= !updating && !b.isEmpty());
        for (StringProperty p : List.of(host, port, databaseName, databaseUser, databasePassword, joinCode)) {
            p.addListener((o, a, b) -> serverChanged());
        }
        databaseKind.addListener((o, a, b) -> {
            error.set("");
            serverChanged();
            if (b == DatabaseKind.HOST_THIS_PC && hostAddresses.isEmpty()) {
                loadHostAddresses();
            }
        });
    }

    /** Any edit makes the last test answer stale; field messages follow the edit once shown. */
    private void serverChanged() {
        serverEdits++;
        if (testState.get() != TestState.NONE) {
            testState.set(TestState.NONE);
            testMessage.set("");
        }
        if (showServerErrors) {
            serverErrors();
        }
    }

    private void set(Runnable r) {
        updating = true;
        try {
            r.run();
        } finally {
            updating = false;
        }
    }

    /** "Bawaslu Kabupaten Kaur" gives "KAUR"; "Bawaslu Provinsi Jawa Barat" gives "JAWABARAT". */
    static String suggestCode(String name) {
        String[] words = name.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("kabupaten") || w.equals("kota") || w.equals("provinsi")) {
                from = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            sb.append(words[i].replaceAll("[^\\p{Alnum}]", ""));
        }
        String code = sb.toString().toUpperCase(Locale.ROOT);
        return code.length() > 20 ? code.substring(0, 20) : code;
    }

    /** The chosen database is open (and not yet set up for an office): the office step can finish. */
    public void connected(AccountService accounts) {
        this.accounts = accounts;
        ready.set(true);
        if (step.get() == DATABASE_STEP) {
            step.set(OFFICE_STEP);
        }
    }

    /** The server fields as settings, or null when one is missing or malformed (messages per field). */
    public List<String> serverErrors() {
        showServerErrors = true;
        hostError.set(host.get().isBlank() || host.get().strip().contains(" ")
                ? messages.get("setup.server.hostRequired") : "");
        portError.set(portNumber() < 0 ? messages.get("setup.server.portInvalid") : "");
        databaseNameError.set(databaseName.get().strip().matches("[A-Za-z][A-Za-z0-9_-]{0,62}")
                ? "" : messages.get("setup.server.databaseInvalid"));
        databaseUserError.set(databaseUser.get().isBlank() ? messages.get("setup.server.userRequired") : "");
        List<String> errors = new ArrayList<>();
        for (StringProperty e : List.of(hostError, portError, databaseNameError, databaseUserError)) {
            if (!e.get().isEmpty()) {
                errors.add(e.get());
            }
        }
        return errors;
    }

    private int portNumber() {
        try {
            int p = Integer.parseInt(port.get().strip());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ServerSettings serverSettings() {
        return new ServerSettings(host.get(), portNumber(), databaseName.get(), databaseUser.get());
    }

    /**
     * <i>Test connection</i>: signs in to the server off the FX thread and says what this PC would
     * do there (set up the office, or join it), or what is wrong. Changes nothing on the server.
     */
    public void testConnection() {
        if (databaseChoice == null || busy.get() || !serverErrors().isEmpty()) {
            return;
        }
        ServerSettings server = serverSettings();
        char[] pwd = databasePassword.get().toCharArray();
        int edits = serverEdits;
        testState.set(TestState.TESTING);
        testMessage.set(messages.get("setup.test.testing", server.host() + ":" + server.port()));
        tasks.task(() -> databaseChoice.test(server, pwd)).busy(busy).onSuccess(check -> {
            if (edits == serverEdits) {
                showCheck(server, check);
            }
        }).showFailure(failure -> {
            if (edits == serverEdits) {
                testFailed(failure);
            }
        }).start();
    }

    /** A test or join that failed is said beside the test button, not in a dialog. */
    private void testFailed(Throwable failure) {
        testState.set(TestState.FAILED);
        testMessage.set(messages.describe(failure));
    }

    private void showCheck(ServerSettings server, ServerCheck check) {
        if (check.kind() == ServerCheck.Kind.OFFICE) {
            testState.set(TestState.OFFICE);
            testMessage.set(messages.get("setup.test.office", check.officeName(), check.officeCode()));
        } else {
            testState.set(TestState.EMPTY);
            testMessage.set(messages.get("setup.test.empty", server.database(), server.host() + ":" + server.port()));
        }
    }

    /**
     * Leaves the database step: this PC only, or the server after a fresh test (so a click on
     * <i>Next</i> without <i>Test connection</i> is just as safe). The choice is saved in the data
     * directory; a server already set up for an office means this PC joins it and goes to login.
     */
    private void chooseDatabase() {
        if (busy.get()) {
            return;
        }
        error.set("");
        if (databaseKind.get() == DatabaseKind.JOIN_HOSTED) {
            joinHostedOffice();
            return;
        }
        if (databaseKind.get() == DatabaseKind.HOST_THIS_PC) {
            hostThisPc();
            return;
        }
        if (databaseKind.get() == DatabaseKind.THIS_PC) {
            tasks.task(databaseChoice::useThisPc).busy(busy).onSuccess(bootstrap -> {
                step.set(OFFICE_STEP);
                onDatabaseChosen.accept(bootstrap);
            }).start();
            return;
        }
        if (!serverErrors().isEmpty()) {
            return;
        }
        ServerSettings server = serverSettings();
        char[] pwd = databasePassword.get().toCharArray();
        testState.set(TestState.TESTING);
        testMessage.set(messages.get("setup.test.testing", server.host() + ":" + server.port()));
        tasks.task(() -> {
            ServerCheck check = databaseChoice.test(server, pwd);
            return new Chosen(check, databaseChoice.useServer(server, pwd));
        }).busy(busy).onSuccess(chosen -> {
            showCheck(server, chosen.check());
            if (chosen.check().kind() == ServerCheck.Kind.OFFICE) {
                joined.set(true); // the office exists: the app goes to login, no second setup
            } else {
                step.set(OFFICE_STEP);
            }
            onDatabaseChosen.accept(chosen.bootstrap());
        }).showFailure(this::testFailed).start();
    }

    private record Chosen(ServerCheck check, Bootstrap bootstrap) {
    }

    /** This PC's LAN addresses to host on (loopback last: only this PC reaches it). */
    private void loadHostAddresses() {
        tasks.task(databaseChoice::hostAddresses).onSuccess(list -> {
            hostAddresses.setAll(list);
            hostAddresses.add("127.0.0.1");
            if (hostAddress.get().isEmpty()) {
                hostAddress.set(hostAddresses.get(0));
            }
        }).showFailure(failure -> hostAddresses.setAll("127.0.0.1")).start(); // logged; loopback still offered
    }

    /**
     * This PC hosts the office database: the office is set up here as on one PC, and the app
     * serves it on the chosen address from the first start on; the join code is shown to the
     * administrator after the setup.
     */
    private void hostThisPc() {
        int p;
        try {
            p = Integer.parseInt(hostPort.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < id.humasdesk.logic.hosting.HostingService.MIN_PORT || p > 65_535) {
            error.set(messages.get("error.hosting.port",
                    String.valueOf(id.humasdesk.logic.hosting.HostingService.MIN_PORT)));
            return;
        }
        if (hostAddress.get() == null || hostAddress.get().isBlank()) {
            error.set(messages.get("error.hosting.address", ""));
            return;
        }
        int port = p;
        String address = hostAddress.get();
        tasks.task(() -> databaseChoice.hostThisPc(address, port)).busy(busy).onSuccess(bootstrap -> {
            step.set(OFFICE_STEP);
            onDatabaseChosen.accept(bootstrap);
        }).start();
    }

    public javafx.collections.ObservableList<String> hostAddresses() {
        return hostAddresses;
    }

    public StringProperty hostAddressProperty() {
        return hostAddress;
    }

    public StringProperty hostPortProperty() {
        return hostPort;
    }

    /**
     * Joins the office one PC hosts: the code is checked, the host asked which office it holds,
     * and this PC goes to login. An office cannot be set up through a join code, so there is no
     * office step after this choice.
     */
    private void joinHostedOffice() {
        String code = joinCode.get().strip();
        if (code.isEmpty()) {
            testState.set(TestState.FAILED);
            testMessage.set(messages.get("setup.join.codeRequired"));
            return;
        }
        testState.set(TestState.TESTING);
        testMessage.set(messages.get("setup.join.testing"));
        tasks.task(() -> databaseChoice.joinHostedOffice(code)).busy(busy).onSuccess(j -> {
            testState.set(TestState.OFFICE);
            testMessage.set(messages.get("setup.test.office", j.office().officeName(), j.office().officeCode()));
            joined.set(true);
            onDatabaseChosen.accept(j.bootstrap());
        }).showFailure(this::testFailed).start();
    }

    public StringProperty joinCodeProperty() {
        return joinCode;
    }

    /** What went wrong in the wizard is said under its form. */
    private void failedChoice(Throwable failure) {
        error.set(messages.describe(failure));
    }

    public List<String> officeErrors() {
        List<String> errors = new ArrayList<>();
        if (officeName.get().isBlank()) {
            errors.add(messages.get("error.office.nameRequired"));
        }
        if (!Office.isValidCode(officeCode.get())) {
            errors.add(messages.get("error.office.codeInvalid", officeCode.get()));
        }
        if (level.get() != OfficeLevel.PUSAT && province.get() == null) {
            errors.add(messages.get("error.office.provinceRequired"));
        }
        return errors;
    }

    public List<String> adminErrors() {
        List<String> errors = new ArrayList<>();
        if (!User.isValidUsername(adminUsername.get().strip().toLowerCase(Locale.ROOT))) {
            errors.add(messages.get("error.user.usernameInvalid", adminUsername.get()));
        }
        if (adminFullName.get().isBlank()) {
            errors.add(messages.get("error.user.fullNameRequired"));
        }
        try {
            PasswordPolicy.check(adminUsername.get().strip().toLowerCase(Locale.ROOT), password.get().toCharArray());
        } catch (RuntimeException e) {
            errors.add(messages.describe(e));
        }
        if (!password.get().equals(passwordRepeat.get())) {
            errors.add(messages.get("setup.passwordMismatch"));
        }
        return errors;
    }

    public void next() {
        if (step.get() == DATABASE_STEP) {
            chooseDatabase();
            return;
        }
        List<String> errors = officeErrors();
        error.set(String.join("\n", errors));
        if (errors.isEmpty()) {
            step.set(ADMIN_STEP);
        }
    }

    public void back() {
        error.set("");
        step.set(OFFICE_STEP);
    }

    public void finish() {
        List<String> errors = new ArrayList<>(officeErrors());
        errors.addAll(adminErrors());
        error.set(String.join("\n", errors));
        if (!errors.isEmpty() || accounts == null || busy.get()) {
            return;
        }
        Office office = new Office(officeCode.get(), officeName.get(), level.get(), province.get(),
                zone.get().zoneId());
        OfficeSetup setup = new OfficeSetup(office, adminUsername.get(), adminFullName.get(),
                password.get().toCharArray());
        AccountService a = accounts;
        tasks.task(() -> a.setUp(setup)).busy(busy).onSuccess(onDone).start();
    }

    /** Whether this wizard asks which database the PC uses (its first step). */
    public boolean offersDatabaseChoice() {
        return databaseChoice != null;
    }

    public ObjectProperty<DatabaseKind> databaseKindProperty() {
        return databaseKind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseNameProperty() {
        return databaseName;
    }

    public StringProperty databaseUserProperty() {
        return databaseUser;
    }

    public StringProperty databasePasswordProperty() {
        return databasePassword;
    }

    public StringProperty hostErrorProperty() {
        return hostError;
    }

    public StringProperty portErrorProperty() {
        return portError;
    }

    public StringProperty databaseNameErrorProperty() {
        return databaseNameError;
    }

    public StringProperty databaseUserErrorProperty() {
        return databaseUserError;
    }

    public ObjectProperty<TestState> testStateProperty() {
        return testState;
    }

    public StringProperty testMessageProperty() {
        return testMessage;
    }

    /** True once this PC joined a server already set up for an office: login follows, no setup. */
    public BooleanProperty joinedProperty() {
        return joined;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public ObjectProperty<OfficeLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<Province> provinceProperty() {
        return province;
    }

    public ObjectProperty<IndonesianZone> zoneProperty() {
        return zone;
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty adminFullNameProperty() {
        return adminFullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatProperty() {
        return passwordRepeat;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** False until the database is open; finishing waits for it. */
    public BooleanProperty readyProperty() {
        return ready;
    }
}
