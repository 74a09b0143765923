package id.humasdesk.gui.setup;

import id.humasdesk.gui.TaskExecutor;
import id.humasdesk.logic.Messages;
import id.humasdesk.logic.Services;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.account.PasswordPolicy;
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
 * First run in two steps: the office, then its first administrator. The zone follows the province
 * until the user picks one; the code is suggested from the name until the user types one.
 */
public final class SetupViewModel {
    public static final int OFFICE_STEP = 0;
    public static final int ADMIN_STEP = 1;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<User> onDone;
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.KABUPATEN);
    private final ObjectProperty<Province> province = new SimpleObjectProperty<>();
    private final ObjectProperty<IndonesianZone> zone = new SimpleObjectProperty<>(IndonesianZone.WIB);
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");
    private final IntegerProperty step = new SimpleIntegerProperty(OFFICE_STEP);
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private Services services;
    private boolean codeEdited;
    private boolean zoneEdited;
    private boolean updating;

    public SetupViewModel(TaskExecutor executor, Messages messages, Consumer<User> onDone) {
        this.executor = executor;
        this.messages = messages;
        this.onDone = onDone;
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

    public void connected(Services s) {
        this.services = s;
        ready.set(true);
    }

    public List<String> officeErrors() {
        List<String> errors = new ArrayList<>();
        if (officeName.get().isBlank()) {
            errors.add(messages.get("error.office.nameRequired"));
        }
        if (!officeCode.get().matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            errors.add(messages.get("error.office.codeInvalid", officeCode.get()));
        }
        if (level.get() != OfficeLevel.PUSAT && province.get() == null) {
            errors.add(messages.get("error.office.provinceRequired"));
        }
        return errors;
    }

    public List<String> adminErrors() {
        List<String> errors = new ArrayList<>();
        if (!adminUsername.get().strip().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{2,31}")) {
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
        if (!errors.isEmpty() || services == null || busy.get()) {
            return;
        }
        busy.set(true);
        Office office = new Office(officeCode.get(), officeName.get(), level.get(), province.get(),
                zone.get().zoneId());
        OfficeSetup setup = new OfficeSetup(office, adminUsername.get(), adminFullName.get(),
                password.get().toCharArray());
        Services s = services;
        executor.run(() -> s.accounts().setUp(setup), user -> {
            busy.set(false);
            onDone.accept(user);
        }, failure -> {
            busy.set(false);
            error.set(messages.describe(failure));
        });
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
