package id.humasdesk.model;

/** The kinds of text an office publishes. */
public enum ReleaseType {
    SIARAN_PERS, BERITA_KEGIATAN, PENGUMUMAN, KLARIFIKASI
}
