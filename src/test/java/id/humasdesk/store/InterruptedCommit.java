package id.humasdesk.store;

import java.lang.reflect.Method;
import java.nio.file.Path;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * A child process that leaves a store exactly as a kill inside H2's commit of a large transaction
 * leaves it: the rows of one transaction written, the transaction marked committed in H2's undo log,
 * a chunk stored with that mark (H2 stores one by itself once enough unsaved changes pile up, which
 * is what happens in the middle of a large commit), and then the process halts before the commit has
 * turned the rows into committed ones. Prints {@code MARKED} before it halts.
 * Arguments: data directory, number of rows.
 */
public final class InterruptedCommit {
    private InterruptedCommit() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory dir = new DataDirectory(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        Database db = Database.open(dir);
        db.with(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE crash_probe (id INT PRIMARY KEY, batch INT NOT NULL, body VARCHAR(4000))");
                st.execute("CREATE INDEX crash_probe_batch ON crash_probe (batch)");
            }
            return null;
        });
        db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO crash_probe VALUES (?, 1, ?)")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "Bawaslu Kabupaten Kaur mengawasi tahapan pemutakhiran data pemilih. ".repeat(10));
                    ps.executeUpdate();
                }
            }
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            TransactionStore ts = session.getDatabase().getStore().getTransactionStore();
            Transaction t = session.getTransaction();
            // The first step of TransactionStore.commit: the mark that decides the commit.
            try {
                Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class,
                        long.class);
                mark.setAccessible(true);
                mark.invoke(ts, t.getId(), t.getSequenceNum());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            session.getDatabase().getStore().getMvStore().commit();
            System.out.println("MARKED");
            System.out.flush();
            Runtime.getRuntime().halt(137);
            return null;
        }));
    }
}
