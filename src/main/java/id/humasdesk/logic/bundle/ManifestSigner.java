package id.humasdesk.logic.bundle;

/** Signs manifests with the office key; the private key itself never leaves the implementation. */
public interface ManifestSigner {
    PublicKeyInfo key();

    /** The office's announced next key while a rotation is pending, else null. */
    PublicKeyInfo nextKey();

    byte[] sign(byte[] manifest);
}
