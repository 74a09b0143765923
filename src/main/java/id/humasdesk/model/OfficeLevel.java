package id.humasdesk.model;

/** Administrative level of an office, from headquarters down to regency or city. */
public enum OfficeLevel {
    PUSAT, PROVINSI, KABUPATEN, KOTA
}
