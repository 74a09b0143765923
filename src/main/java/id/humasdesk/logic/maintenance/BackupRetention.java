package id.humasdesk.logic.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups are kept (decision note 0019): the newest of each of the last {@link #KEEP_DAYS} days
 * that have one, plus the newest of each of the last {@link #KEEP_WEEKS} ISO weeks that have one, days
 * and weeks counted in the office's zone. Everything else goes at the next pruning.
 */
public final class BackupRetention {
    /** Daily backups kept. */
    public static final int KEEP_DAYS = 7;
    /** Weekly backups kept. */
    public static final int KEEP_WEEKS = 4;

    /** Why a backup is kept, or that it is not. */
    public enum BackupKind {
        /** The newest backup of one of the last days. */
        DAILY,
        /** The newest backup of one of the last weeks, older than the daily ones. */
        WEEKLY,
        /** Not kept: removed after the next daily backup. */
        EXTRA
    }

    private BackupRetention() {
    }

    /** The kind of each backup, in the order given; {@code madeAtNewestFirst} is sorted newest first. */
    public static List<BackupKind> classify(List<Instant> madeAtNewestFirst, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        List<BackupKind> out = new ArrayList<>(madeAtNewestFirst.size());
        for (Instant at : madeAtNewestFirst) {
            LocalDate d = LocalDate.ofInstant(at, zone);
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean newestOfDay = !days.contains(d) && days.size() < KEEP_DAYS;
            boolean newestOfWeek = !weeks.contains(week) && weeks.size() < KEEP_WEEKS;
            days.add(d);
            weeks.add(week);
            out.add(newestOfDay ? BackupKind.DAILY : newestOfWeek ? BackupKind.WEEKLY : BackupKind.EXTRA);
        }
        return out;
    }
}
