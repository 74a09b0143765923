package id.humasdesk.logic.bundle;

import java.util.UUID;

/**
 * Thrown by {@link BundleExportRepository#recordExport} when another PC recorded an export after
 * this one read the chain position: the bundle names a previous bundle that is no longer the last
 * one, so nothing was recorded and the export is made again (decision 0612).
 */
public final class ChainMoved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChainMoved(UUID expected, UUID head) {
        super("Export chain moved: expected previous bundle " + expected + ", the chain now ends at " + head);
    }

    /** The office key changed (another PC finished a rotation) after this export was signed. */
    static ChainMoved keyChanged(PublicKeyInfo signedWith, PublicKeyInfo current) {
        return new ChainMoved("Office key changed while exporting: signed with " + signedWith.fingerprint()
                + ", the office key is now " + (current == null ? "-" : current.fingerprint()));
    }

    private ChainMoved(String message) {
        super(message);
    }
}
