package id.humasdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rough tests of whether a lead says who did what, when and where. A date or weekday or time
 * counts as "when"; "di"/"ke" before a capitalised name, a venue word or the dateline place
 * counts as "where"; a capitalised name or acronym inside a sentence counts as "who"; a verb
 * with me-, di-, ber- or ter- counts as "what". Heuristics, so the rule is recommended by default.
 */
final class LeadFacts {
    private static final String MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
            + "|November|Desember";
    private static final Pattern WHEN = Pattern.compile("(?iu)\\b\\d{1,2}\\s+(?:" + MONTHS + ")\\b"
            + "|\\b\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?\\b"
            + "|\\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)\\b"
            + "|\\b(?:hari ini|kemarin|besok|(?:pekan|minggu|bulan|tahun) (?:ini|lalu|depan))\\b"
            + "|\\bpukul\\s+\\d");
    private static final Pattern WHERE = Pattern.compile("(?u)\\b(?:[Dd]i|[Kk]e|[Dd]ari)\\s+\\p{Lu}"
            + "|(?iu)\\b(?:bertempat|berlokasi)\\b"
            + "|(?u)\\b(?:Aula|Gedung|Kantor|Hotel|Ruang|Balai|Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi"
            + "|Lapangan|Jalan|Jl|Wisma|Pendopo|Pendapa|Masjid|Kampus|Universitas|Sekolah)\\b");
    private static final Pattern WHAT = Pattern.compile("(?u)\\b(?:me|di|ber|ter)\\p{Ll}{3,}\\b");

    private LeadFacts() {
    }

    /** Message keys of the facts the lead seems to lack; empty when it names all four. */
    static List<String> missing(String lead, String datelinePlace) {
        List<String> out = new ArrayList<>();
        if (!hasWho(lead)) {
            out.add("check.rule.leadNoWho");
        }
        if (!WHAT.matcher(lead).find()) {
            out.add("check.rule.leadNoWhat");
        }
        if (!WHEN.matcher(lead).find()) {
            out.add("check.rule.leadNoWhen");
        }
        boolean placeNamed = !datelinePlace.isBlank()
                && lead.toLowerCase(Locale.ROOT).contains(datelinePlace.toLowerCase(Locale.ROOT));
        if (!WHERE.matcher(lead).find() && !placeNamed) {
            out.add("check.rule.leadNoWhere");
        }
        return out;
    }

    private static boolean hasWho(String lead) {
        for (Token t : Tokenizer.words(lead)) {
            if (t.allCaps() || t.capitalised() && !t.sentenceStart()) {
                return true;
            }
        }
        return false;
    }
}
