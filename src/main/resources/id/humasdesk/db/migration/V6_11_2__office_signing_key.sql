-- Issue 11: the office signing key, sealed (decision 0611). The private key is stored only encrypted
-- with AES-256-GCM under a key derived by PBKDF2-HMAC-SHA256 from the office key passphrase, which
-- is never stored. The public key is plain: every PC shows it and checks its own office's bundles.
CREATE TABLE office_signing_key (
    slot           VARCHAR(10)  NOT NULL PRIMARY KEY,
    public_key     VARCHAR(200) NOT NULL,
    fingerprint    CHAR(64)     NOT NULL,
    kdf            VARCHAR(40)  NOT NULL,
    iterations     INTEGER      NOT NULL,
    salt           VARCHAR(100) NOT NULL,
    nonce          VARCHAR(100) NOT NULL,
    sealed_private VARCHAR(1000) NOT NULL,
    sealed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sealed_by      VARCHAR(32)  NOT NULL,
    CONSTRAINT office_signing_key_slot CHECK (slot IN ('CURRENT', 'NEXT'))
);
