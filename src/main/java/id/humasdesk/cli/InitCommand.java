package id.humasdesk.cli;

import id.humasdesk.logic.account.AccountService;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.UserFacingException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scripted installation: the office and its first administrator, password from standard input. */
@Command(name = "init", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  echo 'kata-sandi-admin' | HumasDesk --data-dir /srv/humas init --office-name \"Bawaslu Kabupaten Kaur\" --office-code KAUR --level kabupaten --province Bengkulu --admin admin"}, description = "Set up the office and its first administrator (password read from standard input).")
public final class InitCommand implements Callable<Integer> {
    private final CliContext ctx;
    private final Opener<AccountService> store;

    @Option(names = "--office-name", required = true, description = "e.g. \"Bawaslu Kabupaten Kaur\"")
    String officeName;

    @Option(names = "--office-code", required = true, description = "short upper-case code, e.g. KAUR")
    String officeCode;

    @Option(names = "--level", required = true, description = "pusat, provinsi, kabupaten or kota")
    String level;

    @Option(names = "--province", description = "province name, e.g. Bengkulu (not needed for pusat)")
    String province;

    @Option(names = "--zone", description = "WIB, WITA or WIT (default: the province's zone)")
    String zone;

    @Option(names = "--admin", required = true, description = "user name of the first administrator")
    String admin;

    @Option(names = "--admin-name", description = "full name of the administrator (default: the user name)")
    String adminName;

    public InitCommand(CliContext ctx, Opener<AccountService> store) {
        this.ctx = ctx;
        this.store = store;
    }

    @Override
    public Integer call() throws Exception {
        OfficeLevel lvl = parseLevel(level);
        Province prov = province == null ? null : Province.byName(province)
                .orElseThrow(() -> new UserFacingException("error.cli.unknownProvince", province));
        IndonesianZone z = zone != null ? parseZone(zone)
                : prov != null ? prov.zone() : IndonesianZone.WIB;
        Office office = new Office(officeCode.toUpperCase(Locale.ROOT), officeName, lvl, prov, z.zoneId());
        char[] password = Passwords.read(ctx.messages().get("cli.init.passwordPrompt"));
        try (Opener.Opened<AccountService> opened = store.open()) {
            AccountService s = opened.services();
            s.setUp(new OfficeSetup(office, admin, adminName == null ? admin : adminName, password));
        }
        ctx.out().println(ctx.messages().get("cli.init.done", office.name(), admin, ctx.dataDirectory()));
        return 0;
    }

    private static OfficeLevel parseLevel(String s) {
        try {
            return OfficeLevel.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("error.cli.unknownLevel", s);
        }
    }

    private static IndonesianZone parseZone(String s) {
        try {
            return IndonesianZone.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("error.cli.unknownZone", s);
        }
    }
}
